-- The committee's own structure, year after year (issue 15). Every statement can run again (see V2).
-- from_year: the first year an item is shown (NULL: since the first reporting year); retired_from: the first year it
-- is no longer shown (NULL: in use). Items with figures are retired, never deleted: their history stays.
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS from_year INT;
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS retired_from INT;
ALTER TABLE project ADD COLUMN IF NOT EXISTS from_year INT;
ALTER TABLE project ADD COLUMN IF NOT EXISTS retired_from INT;
ALTER TABLE battle_task ADD COLUMN IF NOT EXISTS from_year INT;
ALTER TABLE battle_task ADD COLUMN IF NOT EXISTS retired_from INT;
ALTER TABLE battle_task ADD COLUMN IF NOT EXISTS start_date DATE;
ALTER TABLE battle_task ADD COLUMN IF NOT EXISTS indicator_code VARCHAR(32);
ALTER TABLE milestone ADD COLUMN IF NOT EXISTS from_year INT;
ALTER TABLE milestone ADD COLUMN IF NOT EXISTS retired_from INT;
ALTER TABLE milestone ADD COLUMN IF NOT EXISTS due_month INT;
ALTER TABLE task_force ADD COLUMN IF NOT EXISTS from_year INT;
ALTER TABLE task_force ADD COLUMN IF NOT EXISTS retired_from INT;
-- The year a battle's plan is for: the battles of the review year's document are the plan of the year after.
ALTER TABLE section ADD COLUMN IF NOT EXISTS plan_year INT;
ALTER TABLE section ADD COLUMN IF NOT EXISTS retired_from INT;
UPDATE section SET plan_year = (SELECT CAST(meta_value AS INT) + 1 FROM meta WHERE meta_key = 'reporting_year')
    WHERE kind = 'BATTLE' AND plan_year IS NULL;
-- Finished reporting years: their figures, targets, tasks and scores are read only.
CREATE TABLE IF NOT EXISTS closed_year (
    closed_year INT PRIMARY KEY,
    closed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by   VARCHAR(100) NOT NULL
);
-- A view reads its year, the one before and the one after: with ten years stored it must not read all of them.
CREATE INDEX IF NOT EXISTS monthly_figure_year ON monthly_figure(fig_year, fig_month);
CREATE INDEX IF NOT EXISTS target_year ON target(target_year);
-- Masked figures inside sentences leave them (issue 15): 于xx月 had no month to fill; 实施面积 is indicator A4-07.
UPDATE project SET note = '生产线试投产' WHERE note = '生产线于xx月试投产';
UPDATE project SET note = NULL WHERE note = '实施面积x.x平方公里';
-- A battle added for a plan year (its first year shown).
ALTER TABLE section ADD COLUMN IF NOT EXISTS from_year INT;
