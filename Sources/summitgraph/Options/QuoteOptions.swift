import ArgumentParser
import SummitDataset

/// `--articles`, shared by the commands that read article files (`show`, `why`, `validate`).
struct ArticleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of the article files sources.tsv names (default: $SUMMITGRAPH_ARTICLES, else the 'articles' folder datapackage.json names, else the dataset folder).",
        valueName: "dir"))
    var articles: String?

    /// The articles of the dataset at `dataset`.
    func library(for dataset: String) -> ArticleLibrary { ArticleLibrary(dataset: dataset, articles: articles) }
}

/// `--quote` and `--articles`, for `show` and `why`.
struct QuoteOptions: ParsableArguments {
    @Flag(name: .long, help: "Under each cited source, print the sentence its article file says it in (read there, its hash checked).")
    var quote = false

    @OptionGroup var articleOptions: ArticleOptions
}
