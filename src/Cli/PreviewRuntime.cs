using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wsis.Cli;

/// <summary>
/// `serve` rebuilds the same code paths for as long as it runs, where a build runs them once; two runtime settings made
/// for the one-off build slow each rebuild, and the runtime reads both only when a process starts. So `serve` starts
/// itself again, in place (same process id, terminal and signals), with them changed (docs/speed.md):
/// <list type="bullet">
/// <item>The native binary collects in the background, which holds a large build's peak memory down (site.csproj), but
/// caps the youngest generation at 6 MB, so every rebuild ran into a collection of 5–7 ms: DOTNET_gcConcurrent=0.</item>
/// <item>Under the JIT, `dotnet run -c Release` starts from precompiled (ReadyToRun) code, which a short build needs but
/// which is slower than the JIT's own once compiled (a rebuild's median 28.5–34 → 19–20 ms): DOTNET_ReadyToRun=0, so the
/// first build compiles what it runs, fully optimised (tiering is off in that build), and every rebuild runs that.</item>
/// </list>
/// </summary>
internal static class PreviewRuntime
{
    private const string Collector = "DOTNET_gcConcurrent";
    private const string Precompiled = "DOTNET_ReadyToRun";

    /// <summary>Replaces the process by the same command with the setting it needs; returns when it has it already, or cannot be started again.</summary>
    public static void Ensure()
    {
        var setting = RuntimeFeature.IsDynamicCodeSupported
            // Only the precompiled build turns tiering off (site.csproj); in a Debug build quick JIT code is the point.
            ? AppContext.TryGetSwitch("System.Runtime.TieredCompilation", out var tiered) && !tiered ? Precompiled : null
            // With background collection off a process starts in Batch mode.
            : GCSettings.LatencyMode == GCLatencyMode.Interactive ? Collector : null;
        // Set already: the runtime took it, or did not and starting again would never end.
        if (setting is null || Environment.GetEnvironmentVariable(setting) is not null) return;
        if (Command() is not { } command) return;
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}")
            .Append($"{setting}=0")
            .ToArray();
        Console.Out.Flush();
        Console.Error.Flush();
        // Returns only if it failed: then the preview runs as it is.
        _ = Execve(command.Program, [.. command.Arguments, null], [.. environment, null]);
    }

    /// <summary>The program and its arguments as the process was started: under the JIT the host ('dotnet wsis-site.dll …') or the app host.</summary>
    private static (string Program, string[] Arguments)? Command()
    {
        if (Environment.ProcessPath is not { } program) return null;
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return null;
            var arguments = Environment.GetCommandLineArgs();
            arguments[0] = program;
            return (program, arguments);
        }
        // The host's own arguments (dotnet exec, its options) are only in what the kernel was given.
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var given = File.ReadAllText("/proc/self/cmdline").TrimEnd('\0').Split('\0');
            return given.Length > 0 ? (program, given) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // LPStr is UTF-8 on Linux and macOS, and the JIT's marshaller, unlike Native AOT's, takes no LPUTF8Str in an array.
    [DllImport("libc", EntryPoint = "execve")]
    private static extern int Execve([MarshalAs(UnmanagedType.LPUTF8Str)] string path,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] argv,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] envp);
}
