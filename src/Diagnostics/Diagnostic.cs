namespace Wsis.Diagnostics;

/// <summary>One problem in the content, formatted like a compiler message.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message, string? Fix = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var level = IsError ? "error" : "warning";
        var fix = Fix is null ? "" : $" {Fix}";
        return $"{Location}: {level} {Code}: {Message}{fix}";
    }
}
