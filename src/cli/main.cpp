// rhetor: thin command-line front door. Parses arguments (CLI11), calls
// commands.cpp, maps exceptions to exit codes. Every option lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>

#include "commands.hpp"
#include "rhetor/error.hpp"
#include "rhetor/version.hpp"
#include "view.hpp"

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// CLI11 answers "A subcommand is required" to a misspelt command and to an
// unknown flag before the command: name the actual problem, with the closest
// command as a suggestion.
std::optional<std::string> unknown_command(CLI::App& app, int argc, char** argv) {
  CLI::App* level = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto commands = level->get_subcommands([](CLI::App*) { return true; });
    if (commands.empty()) return std::nullopt;  // a command's own options: CLI11 reports those well
    if (arg == "-h" || arg == "--help" || (level == &app && (arg == "-V" || arg == "--version"))) return std::nullopt;
    if (arg.starts_with('-')) return "unknown option '" + arg + "'";
    CLI::App* match = nullptr;
    const CLI::App* closest = nullptr;
    std::size_t best = 3;  // suggest only near misses
    for (CLI::App* c : commands) {
      if (c->get_name() == arg) match = c;
      if (const std::size_t d = edit_distance(arg, c->get_name()); d < best) best = d, closest = c;
    }
    if (!match)
      return "unknown command '" + arg + "'" + (closest ? " (did you mean '" + closest->get_name() + "'?)" : "");
    level = match;
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"rhetor: loaded language, hedging/boosting and attribution in news and opinion text"};
  app.name("rhetor");
  app.require_subcommand(1);
  app.set_version_flag("-V,--version", rhetor::version_string);

  rhetor::cli::AnalyzeOptions ao;
  auto* analyze = app.add_subcommand("analyze", "Analyze texts and print matches and scores");
  analyze->add_option("inputs", ao.inputs, "Input files ('-' or none: standard input)");
  auto* format = analyze->add_option("--format,-f", ao.format, "Output format (json: one array of reports)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
  analyze->add_option("--input-format,-i", ao.input_format,
                      "text: each input is one document; jsonl: one {\"text\":..., \"id\":...} object per line")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  analyze->add_option("--lexicon,-l", ao.lexicons,
                      "Lexicon file (.lex/.dic) or pack directory; repeatable; ADDED to the default English pack");
  analyze->add_flag("--no-default-lexicon", ao.no_default_lexicon,
                    "Use only the --lexicon packs (replace the default pack)");
  analyze->add_option("--segmenter", ao.segmenter, "Sentence/token segmenter")
      ->check(CLI::IsMember({"fast", "icu"}))
      ->capture_default_str();
  analyze->add_option("--threads,-j", ao.threads, "Worker threads (0: all cores), for jsonl lines and for text files alike; output stays in input order")->capture_default_str();
  analyze->add_flag("--compact", ao.compact, "JSON without the per-paragraph breakdown");
  analyze->add_option("--max-line-bytes", ao.max_line_bytes, "jsonl input: longer lines are answered with an error")
      ->capture_default_str();
  std::string level = "document";
  analyze->add_option("--level", level, "csv/tsv: one row per document, paragraph, sentence, match or attribution")
      ->check(CLI::IsMember({"document", "paragraph", "sentence", "match", "attribution"}))
      ->capture_default_str();

  // The viewing commands share the analyzer and input options.
  rhetor::cli::AnalyzeOptions vo;
  rhetor::cli::InputOptions io;
  std::string output;
  auto viewing = [&](CLI::App* c) {
    c->add_option("inputs", vo.inputs, "Files or directories (*.txt, *.md; *.jsonl with -i jsonl); '-' or none: stdin");
    c->add_option("--input-format,-i", io.input_format, "text: each file is one document; jsonl: one object per line")
        ->check(CLI::IsMember({"text", "jsonl"}))
        ->capture_default_str();
    c->add_option("--text-key", io.text_key, "jsonl: member holding the text")->capture_default_str();
    c->add_option("--id-key", io.id_key, "jsonl: member holding the id")->capture_default_str();
    c->add_option("--lexicon,-l", vo.lexicons, "Lexicon file or pack directory; repeatable; added to the default pack");
    c->add_flag("--no-default-lexicon", vo.no_default_lexicon, "Use only the --lexicon packs");
    c->add_option("--segmenter", vo.segmenter, "Sentence/token segmenter")
        ->check(CLI::IsMember({"fast", "icu"}))
        ->capture_default_str();
    c->add_flag("--quiet,-q", io.quiet, "No progress line on stderr");
    c->add_option("--output,-o", output, "Write to this file instead of standard output");
    c->add_option("--threads,-j", vo.threads, "Worker threads (0: all cores); output stays in input order")
        ->capture_default_str();
  };
  std::string title;
  auto* report = app.add_subcommand("report", "Write a self-contained HTML report (highlighted text, charts)");
  viewing(report);
  report->add_option("--title", title, "Page title (default: the document name)");
  std::string color = "auto";
  auto* highlight = app.add_subcommand("highlight", "Print the texts with matches coloured (ANSI)");
  viewing(highlight);
  highlight->add_option("--color", color, "auto: only on a terminal and without NO_COLOR")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  std::string reference, compare_format = "table";
  auto* compare = app.add_subcommand("compare", "Document profiles side by side, cosine similarities, z-scores");
  viewing(compare);
  compare->add_option("--reference", reference, "JSONL corpus: z-scores against its profiles");
  compare->add_option("--format,-f", compare_format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  // analyze -f csv|tsv reads its inputs like the viewing commands.
  analyze->add_option("--text-key", io.text_key, "jsonl input: member holding the text")->capture_default_str();
  analyze->add_option("--id-key", io.id_key, "jsonl input: member echoed as the id")->capture_default_str();
  analyze->add_flag("--quiet,-q", io.quiet, "csv/tsv: no progress line on stderr");
  analyze->add_option("--output,-o", output, "Write to this file instead of standard output");


  std::vector<std::string> lex_paths;
  auto* lexicon = app.add_subcommand("lexicon", "Validate and describe lexicons");
  lexicon->require_subcommand(1);
  auto* check = lexicon->add_subcommand("check", "Validate lexicons: syntax (file:line:column), duplicates, conflicts, unmatchable entries");
  check->add_option("paths", lex_paths, "Lexicon files or pack directories")->required();
  auto* stats = lexicon->add_subcommand("stats", "Entries by category and tag, multiword share");
  stats->add_option("paths", lex_paths, "Lexicon files or pack directories (none: the default pack)");

  if (argc >= 2 && std::string_view(argv[1]) == "help") {
    std::cout << app.help();
    return rhetor::cli::kOk;
  }
  if (auto problem = unknown_command(app, argc, argv)) {
    std::cerr << "rhetor: " << *problem << "\nRun with --help for more information.\n";
    return rhetor::cli::kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : rhetor::cli::kUsageError;
  }
  // Flags that contradict each other are refused rather than silently ignored.
  if (analyze->parsed()) {
    if (ao.input_format == "jsonl" && format->count() && ao.format != "jsonl" && ao.format != "csv" &&
        ao.format != "tsv") {
      std::cerr << "rhetor: --input-format jsonl answers one JSON line per input line: --format " << ao.format
                << " cannot be used with it\n";
      return rhetor::cli::kUsageError;
    }
    if (ao.input_format == "jsonl" && ao.format != "csv" && ao.format != "tsv") ao.format = "jsonl";
    if (ao.compact && ao.format == "table") {
      std::cerr << "rhetor: --compact applies to JSON output: use it with --format json or jsonl\n";
      return rhetor::cli::kUsageError;
    }
  }
  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::binary);
    if (!file) {
      std::cerr << "rhetor: cannot write " << output << "\n";
      return rhetor::cli::kUsageError;
    }
  }
  std::ostream& out = output.empty() ? std::cout : file;
  int status = rhetor::cli::kUsageError;
  try {
    if (analyze->parsed() && (ao.format == "csv" || ao.format == "tsv")) {
      io.input_format = ao.input_format;
      status = rhetor::cli::analyze_table(ao, io, level, ao.format, out, std::cerr);
    } else if (analyze->parsed()) {
      ao.text_key = io.text_key;
      ao.id_key = io.id_key;
      status = rhetor::cli::analyze(ao, out, std::cerr);
    }
    if (report->parsed()) status = rhetor::cli::report(vo, io, title, out, std::cerr);
    if (highlight->parsed()) {
      const char* no_color = std::getenv("NO_COLOR");
      const bool colour = color == "always" || (color == "auto" && output.empty() && isatty(STDOUT_FILENO) &&
                                                !(no_color && *no_color));
      status = rhetor::cli::highlight(vo, io, colour, out, std::cerr);
    }
    if (compare->parsed()) status = rhetor::cli::compare(vo, io, reference, compare_format, out, std::cerr);
    if (check->parsed()) status = rhetor::cli::lexicon_check(lex_paths, std::cout, std::cerr);
    if (stats->parsed()) status = rhetor::cli::lexicon_stats(lex_paths, std::cout, std::cerr);
    rhetor::cli::check_output(out);
  } catch (const rhetor::cli::OutputError& e) {
    std::cerr << "rhetor: " << e.what() << "\n";
    return rhetor::cli::kInputError;
  } catch (const std::bad_alloc&) {
    std::cerr << "rhetor: out of memory\n";
    return rhetor::cli::kInputError;
  } catch (const rhetor::Error& e) {  // lexicon errors, --no-default-lexicon alone
    std::cerr << "rhetor: " << e.what() << "\n";
    return rhetor::cli::kUsageError;
  } catch (const std::exception& e) {
    std::cerr << "rhetor: " << e.what() << "\n";
    return rhetor::cli::kInputError;
  }
  return status;
}
