using System.Globalization;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Notifications;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Notifications;

/// <summary>
/// Sends a fair's reminder to its registered graduates: into their notification lists, one write
/// per shard, and from there to their screens. At least once with the same ids, so a retry after
/// a crash adds nothing twice; the fair records it sent last.
/// </summary>
public sealed class FairReminders(IGrainFactory grains)
{
    /// <summary>Sends the reminder if it is due now (see <see cref="IFairGrain.GetDueReminderAsync"/>); answers how many graduates got it.</summary>
    public async Task<int> SendAsync(string fairId, FairReminder reminder)
    {
        var fair = grains.GetGrain<IFairGrain>(fairId);
        if (await fair.GetDueReminderAsync(reminder) is not { } batch)
        {
            return 0;
        }

        var id = $"rem_{fairId}_{KebabCase.Format(reminder)}_{batch.OpensAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        await Task.WhenAll(batch.Recipients
            .Select(graduateId => new GraduateNotification(id, graduateId, NotificationKind.FairReminder, fairId, batch.Title, batch.OpensAt, batch.Text, batch.DueAt))
            .GroupBy(n => GraduateShards.For(n.GraduateId))
            .Select(shard => grains.GetGrain<INotificationShardGrain>(shard.Key).AddAsync([.. shard])));
        await fair.MarkReminderSentAsync(reminder, batch.OpensAt);
        return batch.Recipients.Count;
    }
}
