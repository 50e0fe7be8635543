namespace Wsis.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
