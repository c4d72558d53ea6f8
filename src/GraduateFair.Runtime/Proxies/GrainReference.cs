using System.Reflection;
using GraduateFair.Runtime.Hosting;

namespace GraduateFair.Runtime.Proxies;

/// <summary>The proxy behind every grain reference: forwards interface calls to the runtime.</summary>
/// <remarks>Public and unsealed because <see cref="DispatchProxy"/> derives the proxy type from it.</remarks>
public class GrainReference : DispatchProxy
{
    private GrainRuntime? _runtime;

    /// <summary>The referenced grain.</summary>
    public GrainId GrainId { get; private set; }

    internal void Bind(GrainRuntime runtime, GrainId grainId)
    {
        _runtime = runtime;
        GrainId = grainId;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var runtime = _runtime ?? throw new InvalidOperationException("Grain reference is not bound.");
        return runtime.Registry.GetDispatcher(targetMethod).Invoke(runtime, GrainId, args ?? []);
    }
}
