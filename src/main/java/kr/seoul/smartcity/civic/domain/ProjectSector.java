package kr.seoul.smartcity.civic.domain;

/** The sector a key city project belongs to. */
public enum ProjectSector {
    TRANSPORT, HOUSING, ENVIRONMENT, ECONOMY, WELFARE, CULTURE, SAFETY, DIGITAL
}
