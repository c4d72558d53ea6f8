using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// Runs tests/node/signalr-probe.mjs (the official SignalR JavaScript client under Node): a
/// whole scenario at once (<see cref="RunScenarioAsync"/>), or step by step so the test can act
/// between steps (<see cref="StartAsync"/>, <see cref="StepAsync"/>). The scenario format is
/// described at the top of the script.
/// </summary>
public sealed class SignalRProbe : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly List<JsonObject> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _steps = new();
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;
    private readonly Task _readingErrors;
    private int _nextStep;

    private SignalRProbe(Process process)
    {
        _process = process;
        _reading = ReadOutputAsync();
        _readingErrors = ReadErrorsAsync();
    }

    public static string ScriptPath => Path.Combine(ServerProcess.RepositoryRoot, "tests", "node", "signalr-probe.mjs");

    /// <summary>
    /// An array for a scenario (<c>args = SignalRProbe.Args("alice", 2)</c>): spares array
    /// literals in anonymous objects, which the analysers flag (CA1861).
    /// </summary>
    public static object?[] Args(params object?[] values) => values;

    /// <summary>Every JSON line printed so far.</summary>
    public IReadOnlyList<JsonObject> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>What the probe and the client logged to stderr.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Runs a whole scenario and returns every line and the exit code (0: every step passed; 1: one failed; 2: unreadable).</summary>
    public static async Task<ProbeRun> RunScenarioAsync(object scenario, TimeSpan? timeout = null)
    {
        await using var probe = Start(interactive: false);
        await probe._process.StandardInput.WriteAsync(JsonSerializer.Serialize(scenario, Json));
        probe._process.StandardInput.Close();
        var exitCode = await probe.WaitForExitAsync(timeout ?? DefaultTimeout);
        return new ProbeRun(exitCode, probe.Lines, probe.Errors);
    }

    /// <summary>Starts the probe in interactive mode with a setup (a scenario whose steps, if any, run first).</summary>
    public static async Task<SignalRProbe> StartAsync(object setup, TimeSpan? timeout = null)
    {
        var probe = Start(interactive: true);
        try
        {
            await probe._process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(setup, Json));
            await probe._process.StandardInput.FlushAsync();
            var ready = await probe._ready.Task.WithTimeout("the SignalR probe to read its setup and run its steps", timeout ?? DefaultTimeout);
            if (ready["ok"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException($"A step of the SignalR probe's setup failed.\n{probe.Transcript()}");
            }

            probe._nextStep = JsonSerializer.SerializeToNode(setup, Json)?["steps"] is JsonArray steps ? steps.Count : 0;
            return probe;
        }
        catch
        {
            await probe.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one step and returns its line; a failed step throws with the probe's error.</summary>
    public async Task<JsonObject> StepAsync(object step, TimeSpan? timeout = null)
    {
        var line = await TryStepAsync(step, timeout);
        return line["ok"]?.GetValue<bool>() == true
            ? line
            : throw new InvalidOperationException($"The SignalR probe's step {line["step"]} ({line["do"]}) failed: {line["error"]}\n{Transcript()}");
    }

    /// <summary>Runs one step and returns its line, failed or not.</summary>
    public async Task<JsonObject> TryStepAsync(object step, TimeSpan? timeout = null)
    {
        var index = _nextStep++;
        var result = _steps.GetOrAdd(index, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(step, Json));
        await _process.StandardInput.FlushAsync();
        return await result.Task.WithTimeout($"the SignalR probe's step {index} {JsonSerializer.Serialize(step, Json)}", timeout ?? DefaultTimeout);
    }

    /// <summary>Ends the input; the probe stops its connections and exits (0 when every step passed).</summary>
    public async Task<int> FinishAsync(TimeSpan? timeout = null)
    {
        _process.StandardInput.Close();
        return await WaitForExitAsync(timeout ?? DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await Task.WhenAll(_reading, _readingErrors);
        _process.Dispose();
    }

    private static SignalRProbe Start(bool interactive)
    {
        var nodeDirectory = Path.GetDirectoryName(ScriptPath)!;
        if (!Directory.Exists(Path.Combine(nodeDirectory, "node_modules", "@microsoft", "signalr")))
        {
            throw new InvalidOperationException("@microsoft/signalr is not installed in tests/node: run infra/install-test-deps.sh (npm ci there).");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = nodeDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(ScriptPath);
        if (interactive)
        {
            startInfo.ArgumentList.Add("--interactive");
        }

        try
        {
            return new SignalRProbe(Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start."));
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("Could not start node: the SignalR probe needs Node.js 20 or later on PATH.", exception);
        }
    }

    private async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WithTimeout("the SignalR probe to exit", timeout);
        }
        catch (TimeoutException exception)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exception.Message}\n{Transcript()}", exception);
        }

        await Task.WhenAll(_reading, _readingErrors);
        return _process.ExitCode;
    }

    private async Task ReadOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } text)
        {
            if (JsonNode.Parse(text) is not JsonObject line)
            {
                continue;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }

            if (line["ready"] is not null)
            {
                _ready.TrySetResult(line);
            }
            else if (line["step"]?.GetValue<int>() is { } step)
            {
                _steps.GetOrAdd(step, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(line);
            }
        }

        var ended = new InvalidOperationException($"The SignalR probe ended its output.\n{Transcript()}");
        _ready.TrySetException(ended);
        foreach (var pending in _steps.Values)
        {
            pending.TrySetException(ended);
        }
    }

    private async Task ReadErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } text)
        {
            lock (_errors)
            {
                _errors.AppendLine(text);
            }
        }
    }

    private string Transcript() =>
        $"stdout:\n{string.Join('\n', Lines.Select(line => line.ToJsonString()))}\nstderr:\n{Errors}";
}
