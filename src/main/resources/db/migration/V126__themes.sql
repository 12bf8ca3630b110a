-- Civic-affairs content by theme (issue 21): a page per theme that staff compose from indicators, key projects,
-- places and archive documents. Items name what they show by code or id only; the owning features decide whether a
-- viewer may see them. Only the five seed themes of the administration are created here, empty and unpublished.
CREATE TABLE city_theme (
    slug        VARCHAR(40)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title_ko    VARCHAR(100) NOT NULL,
    title_en    VARCHAR(100) NOT NULL,
    intro_ko    VARCHAR(2000) NOT NULL DEFAULT '',
    intro_en    VARCHAR(2000) NOT NULL DEFAULT '',
    sort_order  INTEGER      NOT NULL DEFAULT 0,
    published   BOOLEAN      NOT NULL DEFAULT FALSE,
    disclosure  VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL')),
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE city_theme_item (
    theme_slug  VARCHAR(40)  NOT NULL REFERENCES city_theme (slug) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('INDICATOR', 'PROJECT', 'PLACE', 'DOCUMENT')),
    -- an indicator code, a project code or an archive item id; none for a place
    reference   VARCHAR(64),
    place_name  VARCHAR(100),
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    note_ko     VARCHAR(500) NOT NULL DEFAULT '',
    note_en     VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (theme_slug, position),
    CHECK ((kind = 'PLACE') = (place_name IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL)),
    CHECK ((kind = 'PLACE') = (reference IS NULL))
);

INSERT INTO city_theme (slug, title_ko, title_en, intro_ko, intro_en, sort_order, published, disclosure, updated_by, updated_at) VALUES
('walking', '걷는 서울', 'Seoul for walking',
 '걷기 좋은 길과 숲길, 맑은 공기: 보행자가 먼저인 서울을 만드는 사업과 지표를 모았습니다.',
 'Good paths, forest trails and clean air: the projects and figures behind a city that puts people on foot first.',
 1, FALSE, 'PUBLIC', 'V126', now()),
('outreach', '찾아가는 서울', 'Outreach Seoul',
 '시민이 찾아오기를 기다리지 않고 동네로 찾아가는 돌봄과 행정 서비스를 모았습니다.',
 'Care and city services that go out to the neighbourhoods instead of waiting for citizens to come in.',
 2, FALSE, 'PUBLIC', 'V126', now()),
('good-looking', '보기 좋은 서울', 'Good-looking Seoul',
 '수변과 공원, 다시 가꾼 옛 동네: 머물고 싶은 도시 경관을 만드는 일을 모았습니다.',
 'Riversides, parks and renewed old neighbourhoods: the work that makes the city a place to linger.',
 3, FALSE, 'PUBLIC', 'V126', now()),
('jobs', '일자리 서울', 'Jobs Seoul',
 '창업과 신산업, 골목상권: 서울의 일자리를 만드는 사업과 상권 지표를 모았습니다.',
 'Start-ups, new industries and local shops: the projects and business figures behind jobs in Seoul.',
 4, FALSE, 'PUBLIC', 'V126', now()),
('fun', '즐거운 서울', 'Fun Seoul',
 '공연과 축제, 도서관과 한강: 서울에서 즐길 거리를 모았습니다.',
 'Concerts and festivals, libraries and the Han River: things to enjoy in Seoul.',
 5, FALSE, 'PUBLIC', 'V126', now());
