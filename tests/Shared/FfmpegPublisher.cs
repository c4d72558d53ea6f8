using System.Diagnostics;
using System.Text;

namespace GraduateFair.Tests.Shared;

/// <summary>
/// ffmpeg publishing a test pattern with a 440 Hz tone over RTMP in real time, as an employer's
/// encoder would (one keyframe a second, so HLS fragments close every second). Shared by the test
/// projects as a linked source file.
/// </summary>
internal sealed class FfmpegPublisher : IAsyncDisposable
{
    private const string Ffmpeg = "/usr/bin/ffmpeg";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private FfmpegPublisher(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="size">The picture's size; the browser tests take a smaller one to spare the CPU the browser needs.</param>
    public static FfmpegPublisher Start(string rtmpUrl, string streamKey, string size = "640x360")
    {
        if (!File.Exists(Ffmpeg))
        {
            throw new InvalidOperationException($"ffmpeg is not installed ({Ffmpeg}): run infra/nginx/install.sh as root.");
        }

        var info = new ProcessStartInfo(Ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-hide_banner", "-loglevel", "warning", "-re",
            "-f", "lavfi", "-i", $"testsrc=size={size}:rate=25",
            "-f", "lavfi", "-i", "sine=frequency=440",
            "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g", "25",
            "-c:a", "aac", "-f", "flv", $"{rtmpUrl.TrimEnd('/')}/{streamKey}",
        })
        {
            info.ArgumentList.Add(argument);
        }

        return new FfmpegPublisher(Process.Start(info)!);
    }

    /// <summary>Completes when ffmpeg exits by itself (nginx refused or dropped it); its exit code.</summary>
    public async Task<int> ExitedAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return _process.ExitCode;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"ffmpeg was still publishing after {timeout}:\n{Output}");
        }
    }

    /// <summary>Stops publishing the way an operator does ('q'): ffmpeg closes the RTMP stream properly.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            await _process.StandardInput.WriteAsync('q');
            await _process.StandardInput.FlushAsync();
            _process.StandardInput.Close();
        }

        await ExitedAsync(TimeSpan.FromSeconds(15));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
