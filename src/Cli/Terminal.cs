namespace Wsis.Cli;

/// <summary>Whether a person is watching: progress and colour only then, never when piped or in CI.</summary>
public static class Terminal
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
