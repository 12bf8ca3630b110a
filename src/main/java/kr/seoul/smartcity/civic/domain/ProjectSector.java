package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The sector a key city project belongs to. */
public enum ProjectSector implements Labelled {
    TRANSPORT,
    HOUSING,
    ENVIRONMENT,
    ECONOMY,
    WELFARE,
    CULTURE,
    SAFETY,
    DIGITAL;

    @Override
    public String labelKey() {
        return "project.sector." + name();
    }
}
