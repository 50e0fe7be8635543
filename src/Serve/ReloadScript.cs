using System.Text;

namespace Wsis.Serve;

/// <summary>
/// The script `serve` adds to every page, and nothing else does. It is a file, not inline code, so the site's
/// Content-Security-Policy (no inline script or style) holds in the preview too. It listens for builds on an
/// event stream; after a good build it reloads the page, after a failed one it shows the errors over the page.
/// </summary>
public static class ReloadScript
{
    public const string Prefix = "/__serve/";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";
    public const string EventsPath = Prefix + "events";
    public const string StatusPath = Prefix + "status";

    public const string Script = """
        // Added by `serve` only: reloads the page after a rebuild and shows build errors over it.
        (() => {
          const built = new URL(document.currentScript.src).searchParams.get('v');
          let overlay = null;

          function hide() {
            if (overlay) overlay.remove();
            overlay = null;
          }

          function show(errors) {
            hide();
            if (!document.querySelector('link[href="/__serve/overlay.css"]')) {
              const style = document.createElement('link');
              style.rel = 'stylesheet';
              style.href = '/__serve/overlay.css';
              document.head.append(style);
            }
            overlay = document.createElement('section');
            overlay.className = 'wsis-serve-overlay';
            overlay.setAttribute('role', 'alert');
            const title = document.createElement('h2');
            title.textContent = `The build failed with ${errors.length} error${errors.length === 1 ? '' : 's'}; the preview still shows the last good build.`;
            const list = document.createElement('ol');
            for (const error of errors) {
              const item = document.createElement('li');
              const where = document.createElement('code');
              where.textContent = `${error.location} ${error.code}`;
              const message = document.createElement('p');
              message.textContent = error.message;
              item.append(where, message);
              if (error.fix) {
                const fix = document.createElement('p');
                fix.className = 'wsis-serve-overlay__fix';
                fix.textContent = `Fix: ${error.fix}`;
                item.append(fix);
              }
              list.append(item);
            }
            const close = document.createElement('button');
            close.type = 'button';
            close.textContent = 'Hide';
            close.addEventListener('click', hide);
            overlay.append(title, list, close);
            document.body.append(overlay);
          }

          async function check() {
            try {
              const response = await fetch('/__serve/status', { cache: 'no-store' });
              const status = await response.json();
              if (status.version > 0 && String(status.version) !== built) {
                location.reload();
                return;
              }
              if (status.errors.length > 0) show(status.errors); else hide();
            } catch {
              // The preview is restarting; the event stream reconnects by itself.
            }
          }

          check();
          const events = new EventSource('/__serve/events');
          events.addEventListener('build', check);
        })();

        """;

    public const string Style = """
        .wsis-serve-overlay { position: fixed; inset: auto 1rem 1rem 1rem; max-height: 60vh; z-index: 2147483647; overflow: auto; padding: 1rem 1.5rem;
          background: #fff; color: #1a1a1a; border: 4px solid #b00020; border-radius: 8px; box-shadow: 0 8px 32px rgb(0 0 0 / 40%);
          font: 16px/1.5 system-ui, sans-serif; }
        .wsis-serve-overlay h2 { margin-top: 0; color: #b00020; font-size: 1.25rem; }
        .wsis-serve-overlay code { font: 14px/1.4 ui-monospace, monospace; font-weight: bold; }
        .wsis-serve-overlay p { margin: 0.25rem 0; }
        .wsis-serve-overlay__fix { color: #3d3d3d; }
        .wsis-serve-overlay button { font: inherit; padding: 0.25rem 1rem; }

        """;

    /// <summary>Adds the script to a page, before &lt;/head&gt; (or at the end when a page has no head).</summary>
    public static byte[] Inject(byte[] html, int version)
    {
        var tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}?v={version}\" defer></script>\n");
        var at = html.AsSpan().IndexOf("</head>"u8);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }
}
