-- Schema of the cockpit store. Figures are DECIMAL: a clerk's 45.60 must come back as 45.60, never 45.599999.
-- "VALUE" is reserved in H2 2.x: columns say what they hold (cum_value, base_value ...).

CREATE TABLE meta (
    meta_key   VARCHAR(64) PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);

-- Incremented by every committed change: views poll it to know that something was saved.
CREATE TABLE data_version (
    id      INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TABLE section (
    code     VARCHAR(32) PRIMARY KEY,
    kind     VARCHAR(32) NOT NULL,          -- HEADLINE, AREA, BATTLE
    ord      INT NOT NULL,
    title    VARCHAR(200) NOT NULL,
    subtitle VARCHAR(200)                  -- the leap of a battle (放大科研输出力 ...)
);

CREATE TABLE indicator (
    code         VARCHAR(32) PRIMARY KEY,
    section_code VARCHAR(32) NOT NULL REFERENCES section(code),
    ord          INT NOT NULL,
    name         VARCHAR(200) NOT NULL,
    unit         VARCHAR(16) NOT NULL,
    mask         VARCHAR(32) NOT NULL,      -- the document's mask, e.g. xx.xx
    decimals     INT NOT NULL,
    direction    VARCHAR(32) NOT NULL,      -- AT_LEAST (以上), AT_MOST (以内), ABOUT (左右)
    kind         VARCHAR(32) NOT NULL,      -- AMOUNT, COUNT, GROWTH_RATE, LEVEL
    headline     BOOLEAN NOT NULL DEFAULT FALSE,
    plan_year_offset INT NOT NULL DEFAULT 0 -- 1 for the battles' Y+1 targets
);

CREATE TABLE target (
    indicator_code VARCHAR(32) NOT NULL REFERENCES indicator(code),
    target_year    INT NOT NULL,
    base_value     DECIMAL(20, 4),
    stretch_value  DECIMAL(20, 4),
    sample         BOOLEAN NOT NULL DEFAULT FALSE,
    row_version    INT NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_code, target_year)
);

-- A phased sub-target, e.g. 上半年 (month 6).
CREATE TABLE target_phase (
    indicator_code VARCHAR(32) NOT NULL REFERENCES indicator(code),
    target_year    INT NOT NULL,
    by_month       INT NOT NULL CHECK (by_month BETWEEN 1 AND 12),
    label          VARCHAR(32) NOT NULL,
    phase_value    DECIMAL(20, 4) NOT NULL,
    PRIMARY KEY (indicator_code, target_year, by_month)
);

CREATE TABLE monthly_figure (
    indicator_code  VARCHAR(32) NOT NULL REFERENCES indicator(code),
    fig_year        INT NOT NULL,
    fig_month       INT NOT NULL CHECK (fig_month BETWEEN 1 AND 12),
    cum_value       DECIMAL(20, 4),         -- cumulative 1-N月
    reported_growth DECIMAL(12, 4),         -- 同比 as reported (comparable prices), percent
    note            VARCHAR(1000),
    revision        VARCHAR(32) NOT NULL DEFAULT 'PROVISIONAL',  -- PROVISIONAL (快报), REVISED (修订)
    entered_by      VARCHAR(100) NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sample          BOOLEAN NOT NULL DEFAULT FALSE,
    row_version     INT NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_code, fig_year, fig_month)
);

CREATE TABLE milestone (
    code         VARCHAR(32) PRIMARY KEY,
    section_code VARCHAR(32) NOT NULL REFERENCES section(code),
    ord          INT NOT NULL,
    title        VARCHAR(300) NOT NULL,
    status       VARCHAR(32) NOT NULL,      -- NOT_STARTED, IN_PROGRESS, DONE
    progress     DECIMAL(7, 2),             -- percent, when the document gives one
    sample       BOOLEAN NOT NULL DEFAULT FALSE,
    row_version  INT NOT NULL DEFAULT 0
);

CREATE TABLE project (
    code                 VARCHAR(32) PRIMARY KEY,
    section_code         VARCHAR(32) NOT NULL REFERENCES section(code),
    ord                  INT NOT NULL,
    name                 VARCHAR(300) NOT NULL,
    stage                VARCHAR(32) NOT NULL,  -- SIGNED 签约, LISTED 摘牌, STARTED 开工, UNDER_CONSTRUCTION 在建, TRIAL 试投产, IN_OPERATION 投产, COMPLETED 建成
    build_type           VARCHAR(32),           -- NEW 新建, CONTINUING 续建
    investment_planned   DECIMAL(20, 4),        -- 亿元
    investment_completed DECIMAL(20, 4),        -- 亿元
    note                 VARCHAR(1000),
    sample               BOOLEAN NOT NULL DEFAULT FALSE,
    row_version          INT NOT NULL DEFAULT 0
);

CREATE TABLE battle_task (
    code          VARCHAR(32) PRIMARY KEY,
    battle_code   VARCHAR(32) NOT NULL REFERENCES section(code),
    ord           INT NOT NULL,
    title         VARCHAR(300) NOT NULL,
    owner         VARCHAR(100),              -- the 专班, left for the clerks
    due_date      DATE,
    status        VARCHAR(32) NOT NULL,      -- NOT_STARTED, IN_PROGRESS, DONE, DELAYED, TO_ADJUST
    progress_note VARCHAR(1000),
    row_version   INT NOT NULL DEFAULT 0
);

CREATE TABLE task_status_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_code  VARCHAR(32) NOT NULL REFERENCES battle_task(code),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    old_status VARCHAR(32),
    new_status VARCHAR(32) NOT NULL,
    note       VARCHAR(1000)
);

CREATE TABLE task_force (
    code         VARCHAR(32) PRIMARY KEY,
    section_code VARCHAR(32) NOT NULL REFERENCES section(code),
    ord          INT NOT NULL,
    name         VARCHAR(200) NOT NULL
);

-- 双月赛马比拼: one score per task force and two-month period (1 = 1-2月 ... 6 = 11-12月).
CREATE TABLE task_force_score (
    task_force_code VARCHAR(32) NOT NULL REFERENCES task_force(code),
    score_year      INT NOT NULL,
    period          INT NOT NULL CHECK (period BETWEEN 1 AND 6),
    score           DECIMAL(7, 2) NOT NULL,
    sample          BOOLEAN NOT NULL DEFAULT FALSE,
    row_version     INT NOT NULL DEFAULT 0,
    PRIMARY KEY (task_force_code, score_year, period)
);

CREATE TABLE audit_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    entity     VARCHAR(32) NOT NULL,        -- monthly_figure, target, battle_task ...
    entity_key VARCHAR(200) NOT NULL,       -- e.g. A3-01/2026/10
    field      VARCHAR(32) NOT NULL,
    old_value  VARCHAR(1000),
    new_value  VARCHAR(1000)
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);
