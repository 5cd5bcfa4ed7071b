import FilterListIcon from '@mui/icons-material/FilterList';
import SearchIcon from '@mui/icons-material/Search';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import {
  ColumnsPanelTrigger,
  FilterPanelTrigger,
  QuickFilter,
  QuickFilterControl,
  Toolbar,
  ToolbarButton,
  useGridApiContext,
} from '@mui/x-data-grid';

/**
 * The lists' toolbar: the search field always visible (people look for a box, not an icon),
 * then the grid's own column and filter panels.
 */
export function DataTableToolbar() {
  const api = useGridApiContext();
  const text = (key: 'toolbarQuickFilterLabel' | 'toolbarColumns' | 'toolbarFilters') =>
    api.current.getLocaleText(key) as string;
  return (
    <Toolbar>
      <QuickFilter defaultExpanded style={{ flex: 1, display: 'flex' }}>
        <QuickFilterControl
          render={({ ref, ...controlProps }) => (
            <TextField
              {...controlProps}
              inputRef={ref}
              aria-label={text('toolbarQuickFilterLabel')}
              placeholder={text('toolbarQuickFilterLabel')}
              size="small"
              sx={{ maxWidth: 360 }}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
          )}
        />
      </QuickFilter>
      <Tooltip title={text('toolbarColumns')}>
        <ColumnsPanelTrigger render={<ToolbarButton aria-label={text('toolbarColumns')} />}>
          <ViewColumnIcon fontSize="small" />
        </ColumnsPanelTrigger>
      </Tooltip>
      <Tooltip title={text('toolbarFilters')}>
        <FilterPanelTrigger render={<ToolbarButton aria-label={text('toolbarFilters')} />}>
          <FilterListIcon fontSize="small" />
        </FilterPanelTrigger>
      </Tooltip>
    </Toolbar>
  );
}
