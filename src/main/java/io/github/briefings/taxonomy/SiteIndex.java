package io.github.briefings.taxonomy;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.SiteConfig;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published briefings indexed once, per language: newest first, by country, by topic, by
 * author, by translation key; index pages, feeds and related briefings all read from it.
 */
public final class SiteIndex {

  /** Newest first; ties by time (already in the date), then by slug, then path. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing((Article a) -> a.briefing().date().toInstant())
          .reversed()
          .thenComparing(a -> a.briefing().slug())
          .thenComparing(Article::sitePath);

  private final SiteConfig site;
  private final Map<String, List<Article>> byLanguage = new LinkedHashMap<>();
  private final Map<String, List<Term>> countries = new LinkedHashMap<>();
  private final Map<String, List<Term>> topics = new LinkedHashMap<>();
  private final Map<String, List<Term>> authors = new LinkedHashMap<>();
  private final Map<String, Map<String, Term>> termsByKey = new HashMap<>();
  private final Map<String, List<Article>> translations = new HashMap<>();
  private final IdentityHashMap<Article, Integer> ordinal = new IdentityHashMap<>();
  private final List<Article> all = new ArrayList<>();
  private final IdentityHashMap<Term, int[]> termOrdinals = new IdentityHashMap<>();

  /** Per article ordinal, the terms (countries then topics) it is filed under. */
  private final List<List<Term>> termsOf = new ArrayList<>();

  /** Per thread, a score per article, kept at zero between calls of {@link #related}. */
  private final ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[all.size()]);

  private SiteIndex(SiteConfig site) {
    this.site = site;
  }

  /** Indexes {@code published} (any order) for {@code site}. */
  public static SiteIndex of(
      SiteConfig site, List<Article> published, Countries countryNames, Topics topicNames) {
    SiteIndex index = new SiteIndex(site);
    List<Article> sorted = new ArrayList<>(published);
    sorted.sort(NEWEST_FIRST);
    for (String lang : site.languages()) {
      index.byLanguage.put(lang, new ArrayList<>());
    }
    for (Article a : sorted) {
      index.ordinal.put(a, index.ordinal.size());
      index.all.add(a);
      index.termsOf.add(new ArrayList<>(4));
      index.byLanguage.get(a.briefing().lang()).add(a);
      if (a.briefing().translationKey() != null) {
        index
            .translations
            .computeIfAbsent(a.briefing().translationKey().value(), k -> new ArrayList<>())
            .add(a);
      }
    }
    for (String lang : site.languages()) {
      List<Article> articles = index.byLanguage.get(lang);
      index.byLanguage.put(lang, List.copyOf(articles));
      Map<String, List<Article>> byCountry = new LinkedHashMap<>();
      Map<String, List<Article>> byTopic = new LinkedHashMap<>();
      for (Article a : articles) {
        for (String code : a.briefing().countryCodes().stream().distinct().toList()) {
          byCountry.computeIfAbsent(code, k -> new ArrayList<>()).add(a);
        }
        for (String slug : a.briefing().topicSlugs().stream().distinct().toList()) {
          byTopic.computeIfAbsent(slug, k -> new ArrayList<>()).add(a);
        }
      }
      String prefix = site.languagePrefix(lang);
      index.countries.put(
          lang,
          index.terms(
              "countries",
              lang,
              byCountry,
              code -> countryNames.name(code, lang),
              code -> prefix + "countries/" + code.toLowerCase(Locale.ROOT) + "/"));
      index.topics.put(
          lang,
          index.terms(
              "topics",
              lang,
              byTopic,
              slug -> topicNames.label(slug, lang),
              slug -> prefix + "topics/" + slug + "/"));
    }
    index.indexAuthors(new Authors(site, sorted));
    return index;
  }

  /** Each language's authors, named by {@code names}. */
  private void indexAuthors(Authors names) {
    for (String lang : site.languages()) {
      Map<String, List<Article>> byAuthor = new LinkedHashMap<>();
      for (Article a : byLanguage.get(lang)) {
        for (String slug : Authors.slugs(a)) {
          byAuthor.computeIfAbsent(slug, k -> new ArrayList<>()).add(a);
        }
      }
      String prefix = site.languagePrefix(lang);
      authors.put(
          lang,
          terms(
              "authors",
              lang,
              byAuthor,
              slug -> names.name(slug, lang),
              slug -> prefix + "authors/" + slug + "/"));
    }
  }

  /**
   * This index with some briefings replaced by new versions filed alike ({@link
   * Article#placement()} equal): each new version takes the old one's place in every list, nothing
   * is sorted again.
   *
   * @param versions new version by old one (identity)
   */
  public SiteIndex replacing(Map<Article, Article> versions) {
    java.util.function.UnaryOperator<Article> swap =
        a -> {
          Article n = versions.get(a);
          return n == null ? a : n;
        };
    SiteIndex out = new SiteIndex(site);
    for (Article a : all) {
      Article n = swap.apply(a);
      out.ordinal.put(n, out.all.size());
      out.all.add(n);
    }
    byLanguage.forEach((lang, list) -> out.byLanguage.put(lang, list.stream().map(swap).toList()));
    translations.forEach(
        (key, list) -> out.translations.put(key, list.stream().map(swap).toList()));
    IdentityHashMap<Term, Term> terms = new IdentityHashMap<>();
    for (Map.Entry<Term, int[]> e : termOrdinals.entrySet()) {
      Term t = e.getKey();
      Term n =
          new Term(
              t.kind(),
              t.key(),
              t.name(),
              t.lang(),
              t.sitePath(),
              t.articles().stream().map(swap).toList());
      terms.put(t, n);
      out.termOrdinals.put(n, e.getValue());
    }
    countries.forEach(
        (lang, list) -> out.countries.put(lang, list.stream().map(terms::get).toList()));
    topics.forEach((lang, list) -> out.topics.put(lang, list.stream().map(terms::get).toList()));
    authors.forEach((lang, list) -> out.authors.put(lang, list.stream().map(terms::get).toList()));
    termsByKey.forEach(
        (kind, keyed) -> {
          Map<String, Term> copy = new HashMap<>();
          keyed.forEach((key, t) -> copy.put(key, terms.get(t)));
          out.termsByKey.put(kind, copy);
        });
    for (List<Term> of : termsOf) {
      out.termsOf.add(of.stream().map(terms::get).toList());
    }
    return out;
  }

  private List<Term> terms(
      String kind,
      String lang,
      Map<String, List<Article>> byKey,
      java.util.function.Function<String, String> name,
      java.util.function.Function<String, String> path) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    collator.setStrength(Collator.SECONDARY);
    List<Term> terms = new ArrayList<>(byKey.size());
    Map<String, Term> keyed = termsByKey.computeIfAbsent(kind + ":" + lang, k -> new HashMap<>());
    for (Map.Entry<String, List<Article>> e : byKey.entrySet()) {
      Term term =
          new Term(
              kind, e.getKey(), name.apply(e.getKey()), lang, path.apply(e.getKey()), e.getValue());
      terms.add(term);
      int[] ordinals = e.getValue().stream().mapToInt(ordinal::get).toArray();
      termOrdinals.put(term, ordinals);
      if (!kind.equals("authors")) {
        // related briefings share countries and topics; a byline alone does not relate them
        for (int o : ordinals) {
          termsOf.get(o).add(term);
        }
      }
      keyed.put(e.getKey(), term);
    }
    terms.sort(Comparator.comparing(Term::name, collator).thenComparing(Term::key));
    return List.copyOf(terms);
  }

  public SiteConfig site() {
    return site;
  }

  /** Every published briefing, newest first (the position is its {@link #ordinal}). */
  public List<Article> all() {
    return java.util.Collections.unmodifiableList(all);
  }

  /** The position of a published briefing in {@link #all()}. */
  public int ordinal(Article article) {
    Integer n = ordinal.get(article);
    if (n == null) {
      throw new IllegalArgumentException("not a published briefing: " + article.sitePath());
    }
    return n;
  }

  /** A language's briefings, newest first. */
  public List<Article> briefings(String lang) {
    return byLanguage.getOrDefault(lang, List.of());
  }

  /** A language's countries that have briefings, sorted by name with the language's collator. */
  public List<Term> countries(String lang) {
    return countries.getOrDefault(lang, List.of());
  }

  /** A language's topics that have briefings, sorted by label with the language's collator. */
  public List<Term> topics(String lang) {
    return topics.getOrDefault(lang, List.of());
  }

  /** A language's authors that have briefings, sorted by name with the language's collator. */
  public List<Term> authors(String lang) {
    return authors.getOrDefault(lang, List.of());
  }

  /** One term of a language, if it has briefings. */
  public Optional<Term> term(String kind, String lang, String key) {
    return Optional.ofNullable(termsByKey.getOrDefault(kind + ":" + lang, Map.of()).get(key));
  }

  /** The terms with the most briefings, most first (ties by name order). */
  public static List<Term> top(List<Term> terms, int limit) {
    return terms.stream()
        .sorted(Comparator.comparingInt(Term::count).reversed())
        .limit(limit)
        .toList();
  }

  /**
   * The other published versions of a briefing (same translation key, other languages), in site
   * language order.
   */
  public List<Article> translations(Article article) {
    Briefing b = article.briefing();
    if (b.translationKey() == null) {
      return List.of();
    }
    List<Article> out = new ArrayList<>();
    for (String lang : site.languages()) {
      for (Article other : translations.getOrDefault(b.translationKey().value(), List.of())) {
        // a translation is in another language, so never the article itself
        if (other.briefing().lang().equals(lang) && !lang.equals(b.lang())) {
          out.add(other);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Up to {@code limit} other briefings of the same language sharing the most countries and topics
   * with {@code article} (at least one), newest first among equals. Thread-safe.
   */
  public List<Article> related(Article article, int limit) {
    int self = ordinal(article);
    int[] scores = scratch.get();
    int[] touched = new int[64];
    int touchedCount = 0;
    for (Term t : termsOf.get(self)) {
      for (int other : termOrdinals.get(t)) {
        if (other != self && scores[other]++ == 0) {
          if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = other;
        }
      }
    }
    // keep the best few while scanning: more shared terms first, then newer (lower ordinal)
    int[] best = new int[limit];
    int size = 0;
    for (int i = 0; i < touchedCount; i++) {
      int candidate = touched[i];
      int at = size;
      while (at > 0 && better(candidate, best[at - 1], scores)) {
        at--;
      }
      if (at < limit) {
        int move = Math.min(size, limit - 1) - at;
        System.arraycopy(best, at, best, at + 1, move);
        best[at] = candidate;
        size = Math.min(size + 1, limit);
      }
    }
    List<Article> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(all.get(best[i]));
    }
    for (int i = 0; i < touchedCount; i++) {
      scores[touched[i]] = 0;
    }
    return out;
  }

  private static boolean better(int a, int b, int[] scores) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  }
}
