package org.policytracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of docs/architecture.md hold. Each top-level package under
 * {@code org.policytracker} is a Spring Modulith application module: no two modules depend on each
 * other in a cycle, no module reaches into another's sub-packages, and every module depends only on
 * modules of the layers below its own.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PolicyTrackerApplication.class);

    /** The layers of docs/architecture.md, bottom first; a module uses only modules of lower layers. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("ui", "export", "database", "security", "timeliness"),
            List.of("tenant"),
            List.of("audit"),
            List.of("collab", "mail"),
            List.of("order"),
            List.of("task", "uptake", "gap"),
            List.of("admin", "api", "shell", "calendar", "reminder"),
            List.of("orderimport"),
            List.of("demo"));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void eachModuleDependsOnlyOnModulesOfLowerLayers() {
        Map<String, Integer> layerOf = new TreeMap<>();
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            for (String module : LAYERS.get(layer)) {
                layerOf.put(module, layer);
            }
        }
        assertThat(MODULES.stream().map(ModularityTest::name).sorted().toList())
                .as("every module has its place in a layer (add a new one to LAYERS and to docs/architecture.md)")
                .containsExactlyElementsOf(layerOf.keySet());
        Map<String, List<String>> upwardOrSideways = MODULES.stream().collect(Collectors.toMap(
                ModularityTest::name,
                module -> module.getDirectDependencies(MODULES).uniqueModules().map(ModularityTest::name)
                        .filter(used -> layerOf.get(used) >= layerOf.get(name(module))).sorted().toList(),
                (a, b) -> a, TreeMap::new));
        upwardOrSideways.values().removeIf(List::isEmpty);
        assertThat(upwardOrSideways).as("modules used from the same or a higher layer").isEmpty();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
