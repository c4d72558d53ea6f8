using System.Text.Json.Nodes;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>What a whole-scenario run of the SignalR probe printed, and how it exited.</summary>
public sealed record ProbeRun(int ExitCode, IReadOnlyList<JsonObject> Lines, string Errors)
{
    /// <summary>The result line of each step, in order.</summary>
    public IReadOnlyList<JsonObject> Steps => [.. Lines.Where(line => line["step"] is not null)];

    /// <summary>The result line of step <paramref name="index"/>.</summary>
    public JsonObject Step(int index) =>
        Steps.SingleOrDefault(line => line["step"]!.GetValue<int>() == index)
        ?? throw new InvalidOperationException($"Step {index} did not run:\n{this}");

    /// <summary>The arguments of every call of <paramref name="method"/> that connection <paramref name="connection"/> received.</summary>
    public IReadOnlyList<JsonArray> Events(string connection, string method) =>
        [.. Lines.Where(line => line["event"]?.GetValue<string>() == method && line["as"]?.GetValue<string>() == connection).Select(line => line["args"]!.AsArray())];

    public override string ToString() =>
        $"exit code {ExitCode}\nstdout:\n{string.Join('\n', Lines.Select(line => line.ToJsonString()))}\nstderr:\n{Errors}";
}
