namespace Wsis.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    /// <summary>A tool the command needs (Chromium for PDFs) is missing or failed.</summary>
    public const int ToolFailed = 3;
}
