using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;

/// <summary>Changes a mentor's capacity, source and competences, or takes the mentor out of (or back into) the offer.</summary>
/// <param name="Capacity">How many mentees the mentor takes at a time (1–50).</param>
/// <param name="Source">Where the mentor comes from (источник).</param>
/// <param name="Competences">
/// Competences (компетенции) as topic tags, replacing the previous ones; up to 100 characters each.
/// </param>
/// <param name="IsActive">
/// False takes the mentor out of the offer (matching proposes them no more); true brings them back; unchanged when
/// omitted.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateMentorCommand(int? Capacity, MentorSource? Source, IReadOnlyList<string>? Competences, bool? IsActive) : IRequest<MentorDto>, IMentorFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MentorId { get; init; }
}

internal sealed class UpdateMentorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdateMentorCommand, MentorDto>
{
    public async Task<MentorDto> Handle(UpdateMentorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorBank);
        var mentor = await db.Mentors.Include(m => m.Competences).SingleOrDefaultAsync(m => m.Id == request.MentorId && m.ProgrammeId == programme.Id, cancellationToken)
                     ?? throw new NotFoundException(nameof(Mentor), request.MentorId);
        mentor.Update(request.Capacity!.Value, request.Source!.Value);
        mentor.SetCompetences(request.Competences ?? []);
        if (request.IsActive == false)
        {
            mentor.Deactivate();
        }
        else if (request.IsActive == true)
        {
            mentor.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.MentorDtoAsync(mapper, programme.Id, mentor.Id, cancellationToken);
    }
}
