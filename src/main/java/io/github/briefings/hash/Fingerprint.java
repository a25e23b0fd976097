package io.github.briefings.hash;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * SHA-256 fingerprints of strings and of template models (nested records, maps, lists and plain
 * values, walked in their own order, with each value's type and length so that different models
 * never read alike).
 */
public final class Fingerprint {

  private final MessageDigest digest;
  private final byte[] buffer = new byte[8192];
  private int used;

  public Fingerprint() {
    this.digest = sha256();
  }

  /** A new SHA-256 digest: cloned from a prototype (looking the algorithm up each time is slow). */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", missing);
      }
    }
  }

  private static final MessageDigest PROTOTYPE;

  static {
    try {
      PROTOTYPE = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The hex SHA-256 of the strings, each delimited. */
  public static String of(String... parts) {
    Fingerprint f = new Fingerprint();
    for (String p : parts) {
      f.add(p);
    }
    return f.hex();
  }

  /** Adds a string (null distinct from empty). */
  public Fingerprint add(String s) {
    if (s == null) {
      tag('n');
      return this;
    }
    tag('s');
    number(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (used + 2 > buffer.length) {
        flush();
      }
      buffer[used++] = (byte) (c >> 8);
      buffer[used++] = (byte) c;
    }
    return this;
  }

  /**
   * Adds a template model value: records (their type and every component, by name, in declaration
   * order), maps, iterables, arrays of objects, strings, numbers, booleans, others by toString.
   */
  public Fingerprint addValue(Object value) {
    if (value == null) {
      tag('n');
    } else if (value instanceof CharSequence s) {
      add(s.toString());
    } else if (value instanceof Record r) {
      addRecord(r);
    } else if (value instanceof Map<?, ?> map) {
      tag('m');
      number(map.size());
      for (Map.Entry<?, ?> e : ordered(map)) {
        addValue(e.getKey());
        addValue(e.getValue());
      }
    } else if (value instanceof Set<?> set && !(set instanceof SortedSet<?>)) {
      // a set's order is not part of it (and Set.of's changes from one JVM to the next)
      List<String> items = new ArrayList<>();
      for (Object item : set) {
        items.add(new Fingerprint().addValue(item).hex());
      }
      Collections.sort(items);
      tag('e');
      items.forEach(this::add);
      tag(']');
    } else if (value instanceof Iterable<?> items) {
      tag('l');
      for (Object item : items) {
        addValue(item);
      }
      tag(']');
    } else if (value instanceof Object[] items) {
      tag('a');
      number(items.length);
      for (Object item : items) {
        addValue(item);
      }
    } else {
      tag('o');
      add(value.getClass().getName());
      add(value.toString());
    }
    return this;
  }

  private void addRecord(Record r) {
    List<Component> components = COMPONENTS.get(r.getClass());
    tag('r');
    add(r.getClass().getName());
    number(components.size());
    for (Component c : components) {
      add(c.name());
      addValue(c.of(r));
    }
  }

  /** A record class's component: its name and accessor. */
  private record Component(String name, Method accessor) {

    Object of(Record r) {
      try {
        return accessor.invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + name, e);
      }
    }
  }

  /** Each record class's components, in declaration order. */
  private static final ClassValue<List<Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          List<Component> out = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            // a record that is not public (a test's, say) is read all the same
            accessor.trySetAccessible();
            out.add(new Component(c.getName(), accessor));
          }
          return List.copyOf(out);
        }
      };

  /**
   * A map's entries in a stable order: by key, unless sorted already. Templates read maps by key;
   * their insertion order is not stable (a LinkedHashMap copied from a Map.of takes its order,
   * which changes from one JVM to the next).
   */
  private static Iterable<? extends Map.Entry<?, ?>> ordered(Map<?, ?> map) {
    if (map instanceof SortedMap<?, ?> || map.size() < 2) {
      return map.entrySet();
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
    return entries;
  }

  /** The hex digest; the fingerprint cannot be used after. */
  public String hex() {
    flush();
    return HexFormat.of().formatHex(digest.digest());
  }

  private void tag(char c) {
    if (used + 1 > buffer.length) {
      flush();
    }
    buffer[used++] = (byte) c;
  }

  private void number(int n) {
    if (used + 4 > buffer.length) {
      flush();
    }
    buffer[used++] = (byte) (n >>> 24);
    buffer[used++] = (byte) (n >>> 16);
    buffer[used++] = (byte) (n >>> 8);
    buffer[used++] = (byte) n;
  }

  private void flush() {
    digest.update(buffer, 0, used);
    used = 0;
  }

  /** The hex SHA-256 of bytes. */
  public static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
