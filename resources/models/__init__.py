from resources.models.accounts import OrganisationType, PartnerAccount
from resources.models.figures import MonthlyDownloads
from resources.models.files import ResourceFile
from resources.models.materials import (
    Licence,
    MaterialLanguage,
    Resource,
    ResourceKind,
    ResourceStatus,
)
from resources.models.pages import ResourceCentrePage

__all__ = [
    "Licence",
    "MaterialLanguage",
    "MonthlyDownloads",
    "OrganisationType",
    "PartnerAccount",
    "Resource",
    "ResourceCentrePage",
    "ResourceFile",
    "ResourceKind",
    "ResourceStatus",
]
