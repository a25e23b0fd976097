package io.github.briefings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of the engine's packages (docs/architecture.md), checked on the main classes:
 *
 * <ul>
 *   <li>the facade ({@code io.github.briefings}: {@link Briefings}, {@link SitePublisher}) may use
 *       every package, and only the Maven goals and the preview use it;
 *   <li>the stages ({@code build}) see the build cache only through the interfaces they declare;
 *       the cache ({@code incremental}) implements them, and only the facade and the preview name
 *       it;
 *   <li>the model packages know nothing of rendering, writing, serving, publishing, Maven, the
 *       stages or the cache;
 *   <li>no two packages depend on each other, however indirectly.
 * </ul>
 */
@AnalyzeClasses(
    packages = "io.github.briefings",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.briefings";

  /** The model: what a site is made of, and its rules; no stage, no output, no cache. */
  private static final String[] MODEL = {
    "..briefings.content..",
    "..briefings.markdown..",
    "..briefings.photos..",
    "..briefings.taxonomy..",
    "..briefings.metadata..",
    "..briefings.typography..",
    "..briefings.problems..",
    "..briefings.hash..",
    "..briefings.schedule.."
  };

  /** Each package its own slice, the root package (the facade) too. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String name = c.getPackageName();
          if (name.equals(ROOT)) {
            return SliceIdentifier.of("(facade)");
          }
          if (name.startsWith(ROOT + ".")) {
            return SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.", -1)[0]);
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of io.github.briefings, the root package included";
        }
      };

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheGoalsAndThePreviewUseTheFacade =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT, ROOT + ".maven..", ROOT + ".serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT);

  @ArchTest
  static final ArchRule onlyPackageMavenUsesMaven =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".maven..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.maven..");

  @ArchTest
  static final ArchRule theModelKnowsNothingOfStagesOutputOrCache =
      noClasses()
          .that()
          .resideInAnyPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + ".render..",
              ROOT + ".output..",
              ROOT + ".serve..",
              ROOT + ".publish..",
              ROOT + ".maven..",
              ROOT + ".incremental..",
              ROOT + ".build..");

  @ArchTest
  static final ArchRule problemsDependsOnNoOtherPackage = dependsOnNoOtherPackage("problems");

  @ArchTest static final ArchRule hashDependsOnNoOtherPackage = dependsOnNoOtherPackage("hash");

  /** Obtaining and running Pagefind knows nothing of the site, the stages or Maven. */
  @ArchTest static final ArchRule searchDependsOnNoOtherPackage = dependsOnNoOtherPackage("search");

  @ArchTest
  static final ArchRule theStagesDoNotImportTheCache =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".build..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".incremental..");

  @ArchTest
  static final ArchRule onlyTheFacadeAndThePreviewNameTheCache =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT, ROOT + ".incremental..", ROOT + ".serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".incremental..");

  /** No class of {@code ROOT.name} depends on a class of another package of this project. */
  private static ArchRule dependsOnNoOtherPackage(String name) {
    String own = ROOT + "." + name;
    return noClasses()
        .that()
        .resideInAPackage(own + "..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to another package of " + ROOT,
                (JavaClass target) ->
                    (target.getPackageName().equals(ROOT)
                            || target.getPackageName().startsWith(ROOT + "."))
                        && !target.getPackageName().equals(own)
                        && !target.getPackageName().startsWith(own + ".")));
  }
}
