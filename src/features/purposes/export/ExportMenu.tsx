import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import DataObjectIcon from '@mui/icons-material/DataObject';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import TableChartIcon from '@mui/icons-material/TableChart';
import { useId, useState } from 'react';
import type { Purpose } from '../api';
import { CSV_MIME, purposesToCsv, withBom } from './csv';
import { downloadFile } from './downloadFile';
import { createSnapshot, endpointHostOf, exportFileName } from './jsonExport';

interface ExportMenuProps {
  /** Exactly what the grid shows, in its order: the export matches what the user sees. */
  purposes: readonly Purpose[];
  tenant: string | null;
  /** Only its host goes into the file. The token is never passed here, so no file can hold it. */
  endpoint: string;
}

/** "Export" with a menu of CSV (for spreadsheets) and JSON (a snapshot to compare later). */
export function ExportMenu({ purposes, tenant, endpoint }: ExportMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const open = anchor !== null;

  function exportCsv() {
    setAnchor(null);
    downloadFile(exportFileName(tenant, 'csv'), withBom(purposesToCsv(purposes)), CSV_MIME);
  }

  function exportJson() {
    setAnchor(null);
    const snapshot = createSnapshot(purposes, { tenant, endpointHost: endpointHostOf(endpoint) });
    downloadFile(
      exportFileName(tenant, 'json'),
      JSON.stringify(snapshot, null, 2),
      'application/json',
    );
  }

  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        startIcon={<FileDownloadIcon />}
        disabled={purposes.length === 0}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Export
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <MenuItem onClick={exportCsv}>
          <ListItemIcon>
            <TableChartIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Export CSV</ListItemText>
        </MenuItem>
        <MenuItem onClick={exportJson}>
          <ListItemIcon>
            <DataObjectIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Export JSON</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
