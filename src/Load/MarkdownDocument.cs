namespace Wsis.Load;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record MarkdownDocument(SourceFile File, YamlNode? FrontMatter, string Body, int BodyLine);
