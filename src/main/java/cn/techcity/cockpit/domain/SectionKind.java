package cn.techcity.cockpit.domain;

/** What a section of the document is: the opening headline figures, a work area of the review year, or a battle of the plan year. */
public enum SectionKind { HEADLINE, AREA, BATTLE }
