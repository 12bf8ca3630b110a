package kr.seoul.smartcity.command.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** The names a department is called by in commands: 도시교통실, 도시교통, Urban Transportation Office, traffic. */
@NamedInterface("model")
public final class DepartmentNames {

    private DepartmentNames() {}

    /** Its code (TRAFFIC → traffic) and its Korean name without the office word (실, 본부, 관, 국, 과, 단). */
    public static List<String> aliases(String code, String nameKo) {
        List<String> names = new ArrayList<>();
        String word = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        names.add(word);
        names.add(word + " department");
        String shorter = nameKo.replaceAll("(실|본부|관|국|과|단)$", "");
        if (!shorter.equals(nameKo) && shorter.length() >= 2) {
            names.add(shorter);
        }
        return names;
    }
}
