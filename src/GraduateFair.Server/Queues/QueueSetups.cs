using System.Collections.Concurrent;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Queues;

/// <summary>
/// A queue's set-up (its booth, fair and the fair's priority groups) is fixed once the booth
/// exists, so joins read it from here instead of asking the queue each time. The fair's status
/// in it may be old: the queue itself refuses joins while the fair is not open.
/// </summary>
public sealed class QueueSetups(IGrainFactory grains)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, QueueSetup> _setups = new(StringComparer.Ordinal);

    public async ValueTask<QueueSetup?> GetAsync(string boothId)
    {
        if (_setups.TryGetValue(boothId, out var setup))
        {
            return setup;
        }

        setup = await grains.GetGrain<IInterviewQueueGrain>(boothId).GetSetupAsync();
        if (setup is not null && _setups.Count < MaxEntries)
        {
            _setups.TryAdd(boothId, setup);
        }

        return setup;
    }
}
