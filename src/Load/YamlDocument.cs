namespace Wsis.Load;

/// <summary>A parsed YAML file; Root is null when the file could not be parsed.</summary>
public sealed record YamlDocument(SourceFile File, YamlNode? Root);
