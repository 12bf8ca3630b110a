package kr.seoul.smartcity.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kr.seoul.smartcity.dev.SamplePdf;

/**
 * A bulk-import folder for tests: a metadata CSV (UTF-8 with BOM) with three good rows and seven bad ones, and the
 * files it names, generated here (a PDF with PDFBox, a TXT, an HTML page, a PNG). Everything carries {@code tag}, so
 * that runs in one database do not meet.
 */
public final class ImportFixture {

    /** The CSV lines, so that tests can name them: header on line 1. */
    public static final int PDF_ROW = 2;

    public static final int TXT_ROW = 3; // its summary is quoted over two lines (3 and 4)
    public static final int HTML_ROW = 5;
    public static final int UNKNOWN_TYPE_ROW = 6;
    public static final int MISSING_FILE_ROW = 7;
    public static final int BAD_DATE_ROW = 8;
    public static final int PNG_ROW = 9;
    public static final int DUPLICATE_ROW = 10;
    public static final int UNKNOWN_DEPARTMENT_ROW = 11;
    public static final int OUTSIDE_ROW = 12;

    private ImportFixture() {}

    /** Writes the folder and returns it. */
    public static Path folder(Path folder, String tag) throws IOException {
        Files.createDirectories(folder.resolve("docs"));
        byte[] pdf = SamplePdf.of(
                "Bus route review " + tag,
                "The city reviewed its bus routes in " + tag + ". Riders asked for" + " shorter waits at night.");
        Files.write(folder.resolve("docs/bus-" + tag + ".pdf"), pdf);
        Files.write(folder.resolve("docs/copy-" + tag + ".pdf"), pdf);
        Files.writeString(folder.resolve("미세먼지-" + tag + ".txt"), "서울시의 미세먼지 농도가 지난해보다 낮아졌다. 시는 " + tag + " 계획을 이어간다.");
        Files.writeString(
                folder.resolve("park-" + tag + ".html"),
                "<html><head><title>Parks</title></head><body>" + "<p>New pocket parks for " + tag
                        + " neighbourhoods.</p></body></html>");
        Files.write(folder.resolve("photo-" + tag + ".png"), png());
        String csv = "\uFEFFfile,title,type,department,producer,issued_on,tags,language,disclosure,summary\r\n"
                + "docs/bus-" + tag + ".pdf,Bus route review " + tag + ",RESEARCH_REPORT,TRAFFIC,Seoul Institute,"
                + "2024-03-15,교통;버스,en,PUBLIC,\"Routes, stops and night buses\"\r\n"
                + "미세먼지-" + tag + ".txt,미세먼지 저감 백서 " + tag + ",white_paper,CLIMATE,기후환경본부,2023.11.02,"
                + "미세먼지;대기,ko,PUBLIC,\"첫 줄\r\n둘째 줄\"\r\n"
                + "park-" + tag + ".html,Pocket parks " + tag + ",BROCHURE,CLIMATE,Parks Division,2022-06-01,,en,"
                + "INTERNAL,\r\n"
                + "park-" + tag + ".html,Poster " + tag + ",POSTER,CLIMATE,Parks Division,2022-06-01,,en,PUBLIC,\r\n"
                + "nowhere-" + tag + ".pdf,Lost " + tag + ",BROCHURE,CLIMATE,Parks Division,2022-06-01,,en,PUBLIC,\r\n"
                + "park-" + tag + ".html,Bad date " + tag
                + ",BROCHURE,CLIMATE,Parks Division,2024-13-45,,en,PUBLIC,\r\n"
                + "photo-" + tag + ".png,Photo " + tag + ",BROCHURE,CLIMATE,Parks Division,2022-06-01,,en,PUBLIC,\r\n"
                + "docs/copy-" + tag + ".pdf,Copy " + tag + ",RESEARCH_REPORT,TRAFFIC,Seoul Institute,2024-03-15,,en,"
                + "PUBLIC,\r\n"
                + "park-" + tag + ".html,Space " + tag + ",BROCHURE,SPACE,Parks Division,2022-06-01,,en,PUBLIC,\r\n"
                + "../secret-" + tag + ".txt,Outside " + tag
                + ",BROCHURE,CLIMATE,Parks Division,2022-06-01,,en,PUBLIC,\r\n";
        Files.writeString(folder.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);
        return folder;
    }

    /** A folder whose every row imports. */
    public static Path goodFolder(Path folder, String tag) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("note-" + tag + ".txt"), "Council meeting notes " + tag + ".");
        Files.writeString(
                folder.resolve("metadata.csv"),
                "file,title,type,department,producer,issued_on,language,disclosure\n"
                        + "note-" + tag + ".txt,Meeting notes " + tag + ",MEETING_RECORD,DIGITAL,Digital Policy,"
                        + "2025-01-20,en,PUBLIC\n",
                StandardCharsets.UTF_8);
        return folder;
    }

    /** The folder's files in a ZIP archive, under one top folder as most tools make them. */
    public static Path zip(Path folder, Path zipFile) throws IOException {
        try (OutputStream file = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(
                        "import/" + folder.relativize(path).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(path));
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** A 1x1 PNG image: a type the archive does not accept. */
    static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                        + "2mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
