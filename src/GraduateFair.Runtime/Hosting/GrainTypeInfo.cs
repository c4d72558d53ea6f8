using Microsoft.Extensions.DependencyInjection;

namespace GraduateFair.Runtime.Hosting;

/// <summary>A registered grain: its interface, implementation and stable type name (used in storage paths).</summary>
internal sealed class GrainTypeInfo(string name, Type interfaceType, Type implementationType)
{
    private readonly ObjectFactory _factory = ActivatorUtilities.CreateFactory(implementationType, []);

    public string Name { get; } = name;

    public Type InterfaceType { get; } = interfaceType;

    public Type ImplementationType { get; } = implementationType;

    public Grain Create(IServiceProvider services) => (Grain)_factory(services, null);
}
