// rhetor: thin command-line front door. Parses arguments (CLI11), calls
// commands.cpp, maps exceptions to exit codes. Every option lives here.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.hpp"
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
      ->check(CLI::IsMember({"table", "json", "jsonl"}))
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
  try {
    if (analyze->parsed()) return rhetor::cli::analyze(ao, std::cout, std::cerr);
    if (check->parsed()) return rhetor::cli::lexicon_check(lex_paths, std::cout, std::cerr);
    if (stats->parsed()) return rhetor::cli::lexicon_stats(lex_paths, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "rhetor: " << e.what() << "\n";
    return rhetor::cli::kUsageError;
  }
  return rhetor::cli::kUsageError;
}
