using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wsis.Cli;

/// <summary>
/// The native binary collects in the background, which holds a large build's peak memory down (site.csproj); but that
/// caps the youngest generation at 6 MB, so every rebuild of the preview (8 MB allocated on the real content) ran into a
/// collection of 5–7 ms, a fifth of its time (docs/speed.md, sixth pass). So `serve` starts itself again, in place, with
/// background collection off: the runtime's own setting, DOTNET_gcConcurrent=0, read only when a process starts.
/// </summary>
internal static class ForegroundCollector
{
    private const string Setting = "DOTNET_gcConcurrent";

    /// <summary>Replaces the process by the same command with background collection off, when it is on; returns only when it is off already or cannot be.</summary>
    public static void Ensure()
    {
        // Under the JIT it is off already (site.csproj); with it off a process starts in Batch mode.
        if (RuntimeFeature.IsDynamicCodeSupported || GCSettings.LatencyMode != GCLatencyMode.Interactive) return;
        // Set and still on: the runtime did not take it, and starting again would never end.
        if (Environment.GetEnvironmentVariable(Setting) is not null) return;
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || Environment.ProcessPath is not { } program) return;
        var arguments = Environment.GetCommandLineArgs();
        arguments[0] = program;
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}")
            .Append($"{Setting}=0")
            .ToArray();
        Console.Out.Flush();
        Console.Error.Flush();
        // Returns only if it failed: then the preview runs with the collector as it is.
        _ = Execve(program, [.. arguments, null], [.. environment, null]);
    }

    [DllImport("libc", EntryPoint = "execve")]
    private static extern int Execve([MarshalAs(UnmanagedType.LPUTF8Str)] string path,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPUTF8Str)] string?[] argv,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPUTF8Str)] string?[] envp);
}
