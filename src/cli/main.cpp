// rhetor: thin command-line front door. Parses arguments (CLI11), calls
// commands.cpp, maps exceptions to exit codes. Every option lives here.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "view.hpp"
#include "rhetor/version.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"rhetor: loaded language, hedging/boosting and attribution in news and opinion text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", rhetor::version_string);

  rhetor::cli::AnalyzeOptions ao;
  auto* analyze = app.add_subcommand("analyze", "Analyze texts and print matches and scores");
  analyze->add_option("inputs", ao.inputs, "Input files ('-' or none: standard input)");
  analyze->add_option("--format,-f", ao.format, "Output format")
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
  analyze->add_option("--threads,-j", ao.threads, "Worker threads for jsonl input (0: all cores)")->capture_default_str();
  analyze->add_flag("--compact", ao.compact, "JSON without the per-paragraph breakdown");
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
  analyze->add_option("--text-key", io.text_key, "jsonl, csv/tsv: member holding the text")->capture_default_str();
  analyze->add_option("--id-key", io.id_key, "jsonl, csv/tsv: member holding the id")->capture_default_str();
  analyze->add_flag("--quiet,-q", io.quiet, "csv/tsv: no progress line on stderr");
  analyze->add_option("--output,-o", output, "Write to this file instead of standard output");

  std::vector<std::string> lex_paths;
  auto* lexicon = app.add_subcommand("lexicon", "Validate and describe lexicons");
  lexicon->require_subcommand(1);
  auto* check = lexicon->add_subcommand("check", "Validate lexicons: syntax (file:line:column), duplicates, conflicts, unmatchable entries");
  check->add_option("paths", lex_paths, "Lexicon files or pack directories")->required();
  auto* stats = lexicon->add_subcommand("stats", "Entries by category and tag, multiword share");
  stats->add_option("paths", lex_paths, "Lexicon files or pack directories (none: the default pack)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : rhetor::cli::kUsageError;
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
  try {
    if (analyze->parsed() && (ao.format == "csv" || ao.format == "tsv")) {
      io.input_format = ao.input_format;
      return rhetor::cli::analyze_table(ao, io, level, ao.format, out, std::cerr);
    }
    if (analyze->parsed()) return rhetor::cli::analyze(ao, out, std::cerr);
    if (report->parsed()) return rhetor::cli::report(vo, io, title, out, std::cerr);
    if (highlight->parsed()) {
      const char* no_color = std::getenv("NO_COLOR");
      const bool colour = color == "always" || (color == "auto" && output.empty() && isatty(STDOUT_FILENO) &&
                                                !(no_color && *no_color));
      return rhetor::cli::highlight(vo, io, colour, out, std::cerr);
    }
    if (compare->parsed()) return rhetor::cli::compare(vo, io, reference, compare_format, out, std::cerr);
    if (check->parsed()) return rhetor::cli::lexicon_check(lex_paths, std::cout, std::cerr);
    if (stats->parsed()) return rhetor::cli::lexicon_stats(lex_paths, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "rhetor: " << e.what() << "\n";
    return rhetor::cli::kUsageError;
  }
  return rhetor::cli::kUsageError;
}
