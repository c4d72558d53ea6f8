using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using GraduateFair.Runtime.Proxies;

namespace GraduateFair.Runtime.Hosting;

/// <summary>The grains a host knows, by interface, with a dispatcher for every interface method.</summary>
internal sealed class GrainRegistry
{
    private readonly Dictionary<Type, GrainTypeInfo> _byInterface = [];
    private readonly Dictionary<string, GrainTypeInfo> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<MethodInfo, MethodDispatcher> _dispatchers = [];
    private FrozenDictionary<MethodInfo, MethodDispatcher>? _frozenDispatchers;

    public void Add(Type interfaceType, Type implementationType, string? name)
    {
        if (!interfaceType.IsInterface || !typeof(IGrainWithStringKey).IsAssignableFrom(interfaceType))
        {
            throw new ArgumentException($"{interfaceType} must be an interface deriving from {nameof(IGrainWithStringKey)}.", nameof(interfaceType));
        }

        if (!interfaceType.IsAssignableFrom(implementationType) || !typeof(Grain).IsAssignableFrom(implementationType) || implementationType.IsAbstract)
        {
            throw new ArgumentException($"{implementationType} must be a concrete {nameof(Grain)} implementing {interfaceType}.", nameof(implementationType));
        }

        name ??= DefaultName(interfaceType);
        if (_byInterface.ContainsKey(interfaceType) || _byName.ContainsKey(name))
        {
            throw new InvalidOperationException($"Grain {interfaceType} or type name '{name}' is registered twice.");
        }

        var info = new GrainTypeInfo(name, interfaceType, implementationType);
        _byInterface.Add(interfaceType, info);
        _byName.Add(name, info);
        foreach (var method in interfaceType.GetInterfaces().Append(interfaceType).SelectMany(i => i.GetMethods()))
        {
            _dispatchers[method] = MethodDispatcher.Create(method, info);
        }

        _frozenDispatchers = null;
    }

    public GrainTypeInfo Get(Type interfaceType) =>
        _byInterface.TryGetValue(interfaceType, out var info)
            ? info
            : throw new InvalidOperationException($"No grain is registered for {interfaceType}; add it with AddGrain<{interfaceType.Name}, …>().");

    public GrainTypeInfo Get(string name) => _byName[name];

    public MethodDispatcher GetDispatcher(MethodInfo method)
    {
        var dispatchers = _frozenDispatchers ??= _dispatchers.ToFrozenDictionary();
        return dispatchers[method];
    }

    /// <summary>IInterviewQueueGrain → "interview-queue".</summary>
    internal static string DefaultName(Type interfaceType)
    {
        var name = interfaceType.Name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
