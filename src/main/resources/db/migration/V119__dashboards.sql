-- Dashboards (feature: dashboard): a named grid of widgets with a perspective, kept as data. The layout is a JSON
-- document of pages, each a list of widgets in order of importance (a phone shows them in that order, one column);
-- every change is a new version that can be restored.
CREATE TABLE dashboard (
    slug            VARCHAR(64)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    name_ko         VARCHAR(120) NOT NULL,
    name_en         VARCHAR(120) NOT NULL,
    perspective     VARCHAR(16)  NOT NULL CHECK (perspective IN ('MAYOR', 'DEPARTMENT', 'CITIZEN', 'KIOSK', 'WALL',
                                                                  'PERSONAL')),
    department_code VARCHAR(32),
    owner           TEXT,
    open_to_public  BOOLEAN      NOT NULL DEFAULT FALSE,
    rotate_seconds  INTEGER      CHECK (rotate_seconds IS NULL OR rotate_seconds BETWEEN 5 AND 3600),
    layout          JSONB        NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 1,
    updated_by      TEXT         NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (perspective <> 'PERSONAL' OR owner IS NOT NULL),
    CHECK (perspective <> 'DEPARTMENT' OR department_code IS NOT NULL)
);
CREATE UNIQUE INDEX dashboard_one_personal ON dashboard (owner) WHERE perspective = 'PERSONAL';

CREATE TABLE dashboard_version (
    slug       VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    note       VARCHAR(200),
    definition JSONB       NOT NULL,
    PRIMARY KEY (slug, version)
);

-- The screens that were fixed layouts in code, as dashboards with the same look: the citizens' home, the mayor's
-- office (also every official's start page until their department has one), the kiosk's rotation and a wall screen.
INSERT INTO dashboard (slug, name_ko, name_en, perspective, open_to_public, layout, updated_by) VALUES
('home', '시민 홈', 'Citizens'' home', 'CITIZEN', TRUE, '{"pages": [{"titleKo": "서울 한눈에", "titleEn": "Seoul at a glance",
  "widgets": [
    {"id": "home-map", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "MAP", "width": 7, "height": 3},
    {"id": "home-key", "kind": "KEY_TILES", "form": "NUMBER", "width": 5, "height": 3},
    {"id": "home-notices", "kind": "NOTICES", "form": "TABLE", "width": 6, "height": 2},
    {"id": "home-about", "kind": "TEXT", "form": "TABLE", "width": 6, "height": 1,
     "titleKo": "디지털 시민시장실은", "titleEn": "About the Digital Citizen Mayor''s Office",
     "textKo": "- 재난·안전, 교통, 대기, 물가와 시정 소식을 실시간으로 알려 드립니다.\n- 시장과 공무원이 보는 것과 같은 자료를 시민에게 그대로 보여 드립니다.\n- 「공공기관의 정보공개에 관한 법률」에 따라 비공개 정보는 표시하지 않습니다.",
     "textEn": "- Disasters and safety, traffic, air, prices and city news as they happen.\n- The same data the mayor and officials see, shown to citizens as it is.\n- Information that may not be disclosed under the Official Information Disclosure Act is not shown."}
  ]}]}', 'platform'),
('mayor', '시장실', 'Mayor''s office', 'MAYOR', FALSE, '{"pages": [{"titleKo": "시장실", "titleEn": "Mayor''s office",
  "widgets": [
    {"id": "mayor-map", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "MAP", "width": 7, "height": 3},
    {"id": "mayor-key", "kind": "KEY_TILES", "form": "NUMBER", "width": 5, "height": 3},
    {"id": "mayor-notices", "kind": "NOTICES", "form": "TABLE", "width": 6, "height": 2},
    {"id": "mayor-platform", "kind": "PLATFORM_STATUS", "form": "TABLE", "width": 6, "height": 2}
  ]}]}', 'platform'),
('kiosk', '역사 키오스크', 'Station kiosk', 'KIOSK', TRUE, '{"pages": [
  {"titleKo": "서울 한눈에", "titleEn": "Seoul at a glance", "widgets": [
    {"id": "kiosk-map", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "MAP", "width": 7, "height": 3},
    {"id": "kiosk-key", "kind": "KEY_TILES", "form": "NUMBER", "width": 5, "height": 3}]},
  {"widgets": [
    {"id": "kiosk-air", "kind": "AREA_TILES", "area": "AIR", "form": "NUMBER", "width": 12, "height": 2}]},
  {"widgets": [
    {"id": "kiosk-transport", "kind": "AREA_TILES", "area": "TRANSPORT", "form": "NUMBER", "width": 12, "height": 2}]},
  {"widgets": [
    {"id": "kiosk-safety", "kind": "AREA_TILES", "area": "SAFETY", "form": "NUMBER", "width": 12, "height": 2}]},
  {"widgets": [
    {"id": "kiosk-water", "kind": "AREA_TILES", "area": "WATER", "form": "NUMBER", "width": 12, "height": 2}]}
  ]}', 'platform'),
('wall', '상황실 월 스크린', 'Situation room wall', 'WALL', FALSE, '{"pages": [{"titleKo": "상황판", "titleEn": "Situation board",
  "widgets": [
    {"id": "wall-map", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "MAP", "width": 8, "height": 3},
    {"id": "wall-key", "kind": "KEY_TILES", "form": "NUMBER", "width": 4, "height": 3},
    {"id": "wall-pm25-trend", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "LINE", "width": 4, "height": 2},
    {"id": "wall-pm25-rank", "kind": "INDICATOR", "indicator": "AIR_PM25", "form": "RANKING", "width": 4, "height": 2},
    {"id": "wall-notices", "kind": "NOTICES", "form": "TABLE", "width": 4, "height": 2}
  ]}]}', 'platform');

INSERT INTO dashboard_version (slug, version, changed_by, note, definition)
SELECT slug, 1, 'platform', 'V119', jsonb_build_object('nameKo', name_ko, 'nameEn', name_en, 'rotateSeconds',
       rotate_seconds, 'openToPublic', open_to_public, 'layout', layout)
FROM dashboard;
