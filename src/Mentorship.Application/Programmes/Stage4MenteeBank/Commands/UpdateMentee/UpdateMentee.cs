using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.UpdateMentee;

/// <summary>Changes the data channel, or takes the mentee out of (or back into) the matching.</summary>
/// <param name="DataChannel">Where the data about the mentee's needs came from; unchanged when omitted.</param>
/// <param name="IsActive">
/// False takes the mentee out of matching; true brings them back; unchanged when omitted.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateMenteeCommand(MenteeDataChannel? DataChannel, bool? IsActive) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MenteeId { get; init; }
}

internal sealed class UpdateMenteeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdateMenteeCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(UpdateMenteeCommand request, CancellationToken cancellationToken)
    {
        var mentee = await db.MenteeToChangeAsync(request.ProgrammeId, request.MenteeId, cancellationToken);
        mentee.ChangeDataChannel(request.DataChannel!.Value);
        if (request.IsActive == false)
        {
            mentee.Deactivate();
        }
        else if (request.IsActive == true)
        {
            mentee.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.MenteeDtoAsync(mapper, request.ProgrammeId, mentee.Id, cancellationToken);
    }
}
