using Wsis.Build;
using Wsis.Write;

namespace Wsis.Cli;

/// <summary>What build and pdf check before they start: the input folders exist, and the output folder may be replaced.</summary>
public static class BuildChecks
{
    /// <summary>Null when the build may go ahead; otherwise the usage error has been written and this is the exit code.</summary>
    public static int? Refuse(BuildOptions options, TextWriter errors)
    {
        if (CommonOptions.MissingFolder(options.ContentDirectory, options.TemplatesDirectory) is { } missing)
        {
            errors.WriteLine($"error: {missing}");
            return ExitCodes.Usage;
        }
        if (options.OutputDirectory is { } output && OutputFolder.Refusal(output, options.Inputs) is { } refusal)
        {
            errors.WriteLine($"error: the site will not be written there: {refusal}");
            errors.WriteLine($"  fix: {OutputFolder.Advice}");
            return ExitCodes.Usage;
        }
        return null;
    }
}
