package cn.techcity.cockpit.io;

import cn.techcity.cockpit.domain.Status;

/** The status words the views show (messages_zh_CN status.*), for files that are always in Chinese. */
public final class StatusWords {
    private StatusWords() {
    }

    public static String of(Status s) {
        return switch (s) {
            case STRETCH_MET -> "达高线";
            case GREEN -> "达序时";
            case AMBER -> "略滞后";
            case RED -> "滞后";
            case NO_DATA -> "缺数据";
            case NO_TARGET -> "无目标";
        };
    }
}
