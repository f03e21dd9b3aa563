package be.contractflow.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a staff-editable data file: comma-separated, {@code #} comments and blank lines
 * ignored, a header row naming the columns.
 */
record CsvRows(String source, List<Row> rows) {

  /** One data row; {@code line} is its 1-based line number in the file, for error messages. */
  record Row(int line, List<String> cells) {

    String cell(int index) {
      return cells.get(index);
    }
  }

  static CsvRows read(String source, Reader reader, String... header) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      boolean headerSeen = false;
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (!headerSeen) {
          if (!cells.equals(List.of(header))) {
            throw new IllegalArgumentException(source + " line " + number + ": expected the header "
                + String.join(",", header) + ", found " + text);
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != header.length) {
          throw new IllegalArgumentException(source + " line " + number + ": expected "
              + header.length + " values (" + String.join(",", header) + "), found " + text);
        }
        rows.add(new Row(number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new CsvRows(source, List.copyOf(rows));
  }

  static CsvRows classpath(String resource, String... header) {
    InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8), header);
  }

  static CsvRows file(Path path, String... header) {
    try {
      return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8), header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  IllegalArgumentException error(Row row, String message) {
    return new IllegalArgumentException(source + " line " + row.line() + ": " + message);
  }
}
