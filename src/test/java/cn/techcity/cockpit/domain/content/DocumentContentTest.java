package cn.techcity.cockpit.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Mask;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentContentTest {
    @Test
    void fiveAreasAndFourBattlesWithTheDocumentsTitles() {
        List<String> areas = DocumentContent.sections().stream().filter(s -> s.kind() == SectionKind.AREA).map(Section::title).toList();
        assertThat(areas).containsExactly("科创平台展开新篇章", "重大项目跑出新速度", "产业发展再上新台阶", "城市建设展现新形象", "发展要素实现新跨越");
        List<Section> battles = DocumentContent.sections().stream().filter(s -> s.kind() == SectionKind.BATTLE).toList();
        assertThat(battles).extracting(Section::title).containsExactly("打好“平台聚变”攻坚战", "打好“招大引强”攻坚战",
                "打好“育新孵优”攻坚战", "打好“精建快建”攻坚战");
        assertThat(battles).extracting(Section::subtitle).containsExactly("放大科研输出力", "孕育产业爆发力", "做强产业竞争力", "提升区域虹吸力");
    }

    @Test
    void everyIndicatorHasAUniqueCodeAValidMaskAndASection() {
        List<Indicator> all = DocumentContent.indicators();
        assertThat(new HashSet<>(all.stream().map(Indicator::code).toList())).hasSameSizeAs(all);
        var sections = DocumentContent.sections().stream().map(Section::code).collect(Collectors.toSet());
        for (Indicator i : all) {
            assertThat(sections).as(i.code()).contains(i.sectionCode());
            assertThat(i.decimals()).as(i.code()).isEqualTo(Mask.decimals(i.mask()));
        }
        assertThat(all).extracting(Indicator::name).contains("有效投资", "实际利用外资", "规上工业增加值", "财政收入", "开展土壤调查",
                "新增高新技术企业", "促成产学研合作");
    }

    @Test
    void theHeadlineFiguresOfTheOpeningParagraph() {
        var byCode = DocumentContent.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
        assertThat(DocumentContent.headlineCodes()).allSatisfy(code -> assertThat(byCode.get(code).headline()).isTrue());
        assertThat(DocumentContent.headlineCodes().stream().map(c -> byCode.get(c).name()))
                .containsExactly("有效投资", "高新技术产业投资增长", "规上工业企业研发经费同比增长", "实际利用外资");
    }

    @Test
    void battleTargetsAreForThePlanYearAndTasksAreDatedInIt() {
        assertThat(DocumentContent.indicators().stream().filter(i -> i.sectionCode().startsWith("B")))
                .allSatisfy(i -> assertThat(i.planYearOffset()).isEqualTo(1));
        var tasks = DocumentContent.tasks(2027);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.due().getYear()).isEqualTo(2027);
            assertThat(t.owner()).as("owners are left for the clerks").isNull();
        });
        assertThat(tasks.stream().map(t -> t.battleCode()).distinct()).containsExactly("B1", "B2", "B3", "B4");
        assertThat(new HashSet<>(tasks.stream().map(t -> t.code()).toList())).hasSameSizeAs(tasks);
    }

    @Test
    void namedProjectsWithTheirStages() {
        assertThat(DocumentContent.projects()).extracting(p -> p.name() + ":" + p.stage().chinese())
                .contains("青墨湾数字能源项目(青山控股):签约", "伊利康生物项目:开工", "大唐xG全球创新中心项目一期:试投产",
                        "朱埠河疏浚及驳坎:建成");
    }
}
