namespace Wsis.Sample;

/// <summary>One generated file: a path relative to the folder it is written into, and its text.</summary>
public sealed record SampleFile(string Path, string Text);
