import { createTheme } from '@mui/material/styles';
import { frFR } from '@mui/material/locale';

/** Calm, dense and readable: small controls, a sober blue, French component texts. */
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
      secondary: { main: '#8a5a00' },
      background: { default: '#f5f6f8' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif',
      h1: { fontSize: '1.6rem', fontWeight: 500 },
      h2: { fontSize: '1.25rem', fontWeight: 500 },
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
      MuiTable: { defaultProps: { size: 'small' } },
      // Sentence case everywhere: French labels read badly in capitals.
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
    },
  },
  frFR,
);
