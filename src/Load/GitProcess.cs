using System.Diagnostics;
using System.Text;

namespace Wsis.Load;

/// <summary>Runs git in a folder: the one way the build reads history (dates, past editions). Null when git or the folder is not there.</summary>
public static class GitProcess
{
    public sealed record Output(int ExitCode, byte[] Bytes, string Errors)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    public static string? Text(string folder, params string[] arguments) =>
        Run(folder, null, arguments) is { ExitCode: 0 } output ? output.Text : null;

    /// <summary>stdin: written to git's standard input (cat-file --batch); the output is read as bytes so file contents stay exact.</summary>
    public static Output? Run(string folder, byte[]? stdin, params string[] arguments)
    {
        if (!Directory.Exists(folder)) return null;
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            // Blocking reads on threads of their own, not async ones: on Unix an async pipe read starts the runtime's
            // socket engine (a thread and about twenty methods to compile) for the few git processes of a build.
            var errors = Task.Factory.StartNew(process.StandardError.ReadToEnd, TaskCreationOptions.LongRunning);
            using var bytes = new MemoryStream();
            var reading = Task.Factory.StartNew(() => process.StandardOutput.BaseStream.CopyTo(bytes), TaskCreationOptions.LongRunning);
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            reading.Wait();
            return new Output(process.ExitCode, bytes.ToArray(), errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
        catch (IOException)
        {
            return null; // git closed its input early (it failed): the same as a failure
        }
    }
}
