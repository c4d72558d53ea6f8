namespace GraduateFair.Runtime.Hosting;

internal sealed class GrainHost(GrainRuntime runtime) : IGrainHost
{
    public int ActivationCount => runtime.ActivationCount;

    public Task DeactivateAllAsync() => runtime.DeactivateAllAsync(DeactivationReason.Requested);
}
