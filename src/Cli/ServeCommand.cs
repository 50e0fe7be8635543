using System.CommandLine;
using Wsis.Serve;

namespace Wsis.Cli;

/// <summary>`serve`: a local preview that rebuilds on every change and reloads the open page.</summary>
public static class ServeCommand
{
    public static Command Create(CommonOptions common)
    {
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 to serve the preview on.", DefaultValueFactory = _ => 8080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535) result.AddError("--port must be from 1 to 65535.");
        });
        var command = new Command("serve", """
            Preview the site on http://127.0.0.1:PORT/. Watches the content and templates folders, rebuilds in memory
            on every change (reusing every page the change does not touch), and reloads the open page. A content
            error is shown in the terminal and over the page, and the last good build stays served. Stop with Ctrl+C.

            Example:
              dotnet run -- serve --port 8080
            """);
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            PreviewRuntime.Ensure();
            var options = new ServeOptions
            {
                ContentDirectory = parse.GetValue(common.Content)!,
                TemplatesDirectory = parse.GetValue(common.Templates)!,
                Port = parse.GetValue(port),
            };
            // Blocking collections, as under the JIT: the native binary's background ones, which hold a large build's peak
            // memory down, made each rebuild of the preview 10 ms slower (median 40 → 51 ms; docs/speed.md, fifth pass).
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            PreviewSession session;
            try
            {
                session = PreviewSession.Start(options, Console.Out);
            }
            catch (System.Net.HttpListenerException e)
            {
                Console.Error.WriteLine($"error: cannot listen on {options.Origin}/ ({e.Message}). Is another preview running? Choose another port with --port.");
                return ExitCodes.Usage;
            }
            await using (session)
            {
                Console.WriteLine($"Serving {options.Origin}/ — watching '{options.ContentDirectory}' and '{options.TemplatesDirectory}'. Press Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel);
                }
                catch (OperationCanceledException)
                {
                }
            }
            Console.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }
}
