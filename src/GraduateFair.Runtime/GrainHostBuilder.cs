using GraduateFair.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraduateFair.Runtime;

/// <summary>Registers the grains a host serves.</summary>
public sealed class GrainHostBuilder
{
    internal GrainHostBuilder(IServiceCollection services, GrainRegistry registry)
    {
        Services = services;
        Registry = registry;
    }

    public IServiceCollection Services { get; }

    internal GrainRegistry Registry { get; }

    /// <summary>Registers a grain.</summary>
    /// <param name="typeName">
    /// The grain type's stable name, part of its storage path; by default derived from the
    /// interface (IInterviewQueueGrain → "interview-queue"). Never change it once data exists.
    /// </param>
    public GrainHostBuilder AddGrain<TGrainInterface, TGrain>(string? typeName = null)
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        Registry.Add(typeof(TGrainInterface), typeof(TGrain), typeName);
        return this;
    }
}
