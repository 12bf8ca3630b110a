package kr.seoul.smartcity.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in docker/kubernetes, checked as a cluster would refuse them and against the application
 * they run: each object's fields are among those its kind accepts (a misspelt field is refused, not ignored), names
 * are valid, selectors find their pods, ports and volumes named are there, probes ask what the application answers,
 * every setting of the README's Configuration table is in the ConfigMap or the Secret, and Kustomize lists every file.
 * (No kubeconform or helm is available to the build; this is the schema check of the fields these files use.)
 */
class ManifestsTest {

    private static final Path BASE = Path.of("docker/kubernetes");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    @Test
    void everyObjectIsOfAKnownKindWithOnlyTheFieldsItAccepts() throws IOException {
        List<Map<String, Object>> objects = objects(BASE);
        objects.addAll(objects(BASE.resolve("backing")));
        assertThat(objects).hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            String kind = object.get("apiVersion") + " " + object.get("kind");
            if (!KubernetesShapes.KINDS.contains(kind)) {
                problems.add("unknown kind " + kind);
                continue;
            }
            String name = String.valueOf(map(object, "metadata").get("name"));
            if (!DNS_LABEL.matcher(name).matches() || name.length() > 63) {
                problems.add(kind + ": name " + name + " is not a DNS label");
            }
            KubernetesShapes.check(String.valueOf(object.get("kind")), object, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theServiceTheIngressAndTheBudgetFindTheApplicationsPodsAndPorts() throws IOException {
        Map<String, Object> deployment = only(objects(BASE), "Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        Map<String, Object> podLabels = map(map(map(spec, "template"), "metadata"), "labels");
        assertThat(podLabels).containsAllEntriesOf(map(map(spec, "selector"), "matchLabels"));
        Map<String, Object> container = containers(deployment).getFirst();
        Set<String> portNames = list(container, "ports").stream()
                .map(port -> String.valueOf(asMap(port).get("name")))
                .collect(Collectors.toSet());

        Map<String, Object> service = only(objects(BASE), "Service");
        assertThat(podLabels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
        Set<String> servicePorts = new HashSet<>();
        for (Object port : list(map(service, "spec"), "ports")) {
            assertThat(portNames).contains(String.valueOf(asMap(port).get("targetPort")));
            servicePorts.add(String.valueOf(asMap(port).get("name")));
        }

        Map<String, Object> pdb = only(objects(BASE), "PodDisruptionBudget");
        assertThat(podLabels).containsAllEntriesOf(map(map(map(pdb, "spec"), "selector"), "matchLabels"));

        Map<String, Object> ingress = only(objects(BASE), "Ingress");
        assertThat(map(map(ingress, "metadata"), "annotations"))
                .as("sticky sessions: a Vaadin screen lives in one replica")
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        for (Object rule : list(map(ingress, "spec"), "rules")) {
            for (Object path : list(map(asMap(rule), "http"), "paths")) {
                Map<String, Object> backend = map(map(asMap(path), "backend"), "service");
                assertThat(backend.get("name"))
                        .isEqualTo(map(service, "metadata").get("name"));
                assertThat(servicePorts)
                        .contains(String.valueOf(map(backend, "port").get("name")));
            }
        }
        assertThat(((Number) spec.get("replicas")).intValue()).as("scaled out").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theApplicationRunsUnprivilegedWithProbesItAnswersAndTheResourcesItNeeds() throws IOException {
        Map<String, Object> deployment = only(objects(BASE), "Deployment");
        Map<String, Object> pod = map(map(deployment, "spec"), "template");
        assertThat(map(map(pod, "spec"), "securityContext")).containsEntry("runAsNonRoot", true);
        Map<String, Object> container = containers(deployment).getFirst();
        assertThat(map(container, "securityContext"))
                .containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("readOnlyRootFilesystem", true);
        assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
        assertThat(map(map(container, "resources"), "limits")).containsKey("memory");

        // the probes ask the paths Spring Boot adds on the main port when the application turns them on
        Properties app = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        assertThat(app.getProperty("management.endpoint.health.probes.add-additional-paths"))
                .isEqualTo("true");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertThat(get.get("path")).as(probe).isIn("/livez", "/readyz");
            assertThat(get.get("port")).as(probe).isEqualTo("http");
        }
        assertThat(map(map(container, "readinessProbe"), "httpGet")).containsEntry("path", "/readyz");

        Set<String> volumes = list(map(pod, "spec"), "volumes").stream()
                .map(v -> String.valueOf(asMap(v).get("name")))
                .collect(Collectors.toSet());
        for (Object mount : list(container, "volumeMounts")) {
            assertThat(volumes).contains(String.valueOf(asMap(mount).get("name")));
        }
    }

    @Test
    void everySettingOfTheReadmeIsInTheConfigMapOrTheSecret() throws IOException {
        Set<String> configured = new HashSet<>();
        Pattern line = Pattern.compile("^#?\\s*([a-z][a-z0-9.-]*)=", Pattern.MULTILINE);
        Matcher found = line.matcher(Files.readString(BASE.resolve("application.properties")));
        while (found.find()) {
            configured.add(found.group(1));
        }
        Set<String> secrets = Files.readAllLines(BASE.resolve("secret.env.example")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String setting : ReadmeSettings.read(Path.of("README.md"))) {
            if (!configured.contains(setting) && !secrets.contains(environmentName(setting))) {
                missing.add(setting);
            }
        }
        assertThat(missing)
                .as("README settings in neither application.properties nor secret.env.example")
                .isEmpty();
        assertThat(Files.readString(BASE.resolve("application.properties")))
                .as("a replica that imports a folder at start would exit")
                .doesNotContain("\ncity.archive.import.folder=");
    }

    @Test
    void kustomizeListsEveryManifestAndEveryFileItNamesExists() throws IOException {
        for (Path folder : List.of(BASE, BASE.resolve("backing"))) {
            Map<String, Object> kustomization =
                    load(folder.resolve("kustomization.yaml")).getFirst();
            List<String> resources = list(kustomization, "resources").stream()
                    .map(String::valueOf)
                    .toList();
            Set<String> manifests;
            try (Stream<Path> files = Files.list(folder)) {
                manifests = files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
            assertThat(resources).as(folder.toString()).containsExactlyInAnyOrderElementsOf(manifests);
            if (kustomization.containsKey("configMapGenerator")) {
                for (Object generator : list(kustomization, "configMapGenerator")) {
                    for (Object file : list(asMap(generator), "files")) {
                        assertThat(folder.resolve(String.valueOf(file))).exists();
                    }
                }
            }
        }
    }

    /** Spring Boot's relaxed binding of an environment variable: dots to underscores, dashes dropped, upper case. */
    static String environmentName(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static List<Map<String, Object>> objects(Path folder) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")
                            && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList()) {
                objects.addAll(load(file));
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Map<String, Object> only(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found =
                objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.getFirst();
    }

    private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return list(map(map(map(deployment, "spec"), "template"), "spec"), "containers").stream()
                .map(ManifestsTest::asMap)
                .toList();
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return asMap(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
