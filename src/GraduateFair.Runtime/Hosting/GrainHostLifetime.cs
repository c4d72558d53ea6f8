using Microsoft.Extensions.Hosting;

namespace GraduateFair.Runtime.Hosting;

/// <summary>Starts idle collection with the application and writes every grain's state when it stops.</summary>
internal sealed class GrainHostLifetime(GrainRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        runtime.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync().WaitAsync(cancellationToken);
}
