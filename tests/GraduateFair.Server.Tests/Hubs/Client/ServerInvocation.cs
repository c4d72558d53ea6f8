using System.Text.Json;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>A call of a client method by the server (an invocation message without invocation id).</summary>
public sealed class ServerInvocation
{
    private readonly JsonSerializerOptions _serializerOptions;

    internal ServerInvocation(string target, IReadOnlyList<JsonElement> arguments, JsonSerializerOptions serializerOptions)
    {
        Target = target;
        Arguments = arguments;
        _serializerOptions = serializerOptions;
    }

    /// <summary>The client method the server called, e.g. <c>QueuePosition</c>.</summary>
    public string Target { get; }

    /// <summary>The arguments as JSON.</summary>
    public IReadOnlyList<JsonElement> Arguments { get; }

    /// <summary>Deserialises one argument with the client's serializer options.</summary>
    public T Argument<T>(int index = 0)
    {
        if (index >= Arguments.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} has {Arguments.Count} argument(s); argument {index} was asked for.");
        }

        return Arguments[index].Deserialize<T>(_serializerOptions)!;
    }

    public override string ToString() => $"{Target}({string.Join(", ", Arguments.Select(argument => argument.GetRawText()))})";
}
