using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// How mentees and their parents were informed about the programme (информирование): ParentsMeeting — родительское
/// собрание; ClassHour — классный час; Conversation — личная беседа; Website — the organisation's website; SocialMedia
/// — social networks; Letter — a letter or message; Other — any other channel.
/// </summary>
public enum InformingChannel
{
    /// <summary>Родительское собрание.</summary>
    ParentsMeeting = 1,

    /// <summary>Классный час.</summary>
    ClassHour,

    /// <summary>Личная беседа.</summary>
    Conversation,

    Website,
    SocialMedia,
    Letter,
    Other,
}

/// <summary>
/// Informing done at stage 4 (информирование): of one mentee (and family) or, without a mentee, of the
/// programme's audience at large.
/// </summary>
public class InformingRecord : BaseEntity
{
    private InformingRecord()
    {
    }

    public InformingRecord(Guid programmeId, Guid? menteeId, InformingChannel channel, DateOnly informedOn, string? note)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        MenteeId = menteeId;
        Channel = Check.Defined(channel, "channel");
        InformedOn = informedOn;
        Note = Guard.Optional(note, "note", TextLengths.FreeText);
    }

    public Guid ProgrammeId { get; private set; }

    public Guid? MenteeId { get; private set; }

    public InformingChannel Channel { get; private set; }

    public DateOnly InformedOn { get; private set; }

    public string? Note { get; private set; }
}
